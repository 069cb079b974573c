// The bench page's main thread: it only starts the worker, receives the scores and watches for
// long tasks (PerformanceObserver 'longtask', > 50 ms) and for gaps between animation frames.
const longTasks = [];
new PerformanceObserver((list) => {
	for (const entry of list.getEntries())
		longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

window.runForecast = (customers) =>
	new Promise((resolve, reject) => {
		const worker = new Worker('worker.js', { type: 'module' });
		const started = performance.now();
		let lastFrame = started;
		let longestFrameGap = 0;
		let watching = true;
		const frame = (now) => {
			longestFrameGap = Math.max(longestFrameGap, now - lastFrame);
			lastFrame = now;
			if (watching) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
		worker.onerror = (event) => reject(new Error(event.message));
		worker.onmessage = (event) => {
			const receivedAt = performance.timeOrigin + performance.now();
			const { timings, scores, sentAt } = event.data;
			// Touch the result as a page would: the first customer's P(alive).
			const first = scores.pAlive[0];
			// Two frames and a pause, so a long task of taking the message is reported too.
			requestAnimationFrame(() =>
				requestAnimationFrame(() =>
					setTimeout(() => {
						watching = false;
						worker.terminate();
						const during = longTasks.filter((task) => task.start >= started);
						resolve({
							...timings,
							deliveryMs: receivedAt - sentAt,
							longestTaskMs: during.reduce((max, task) => Math.max(max, task.duration), 0),
							longTasks: during.length,
							longestFrameGapMs: longestFrameGap,
							firstPAlive: first
						});
					}, 100)
				)
			);
		};
		worker.postMessage({ customers });
	});
window.forecastReady = true;
