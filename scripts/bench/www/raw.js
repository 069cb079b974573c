// The raw-read page: runRaw() times one read of the chosen file in raw.worker.js.
'use strict';

const raw = window.timedWorker('raw.worker.js', 'bench-raw');
window.rawReady = raw.ready;
window.runRaw = raw.run;
