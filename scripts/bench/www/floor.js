// The floor page: runFloor() times one papaparse parse of the chosen file in floor.worker.js.
'use strict';

const floor = window.timedWorker('floor.worker.js', 'bench-floor');
window.floorReady = floor.ready;
window.runFloor = floor.run;
