/** Save text or a blob as a file through a temporary blob: link (nothing leaves the page). */
export function downloadBlob(blob: Blob, fileName: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save CSV text (UTF-8) as a file. */
export function downloadCsv(text: string, fileName: string) {
	downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file-name-safe stem: letters, digits, CJK, dashes. */
export function fileStem(name: string): string {
	return (
		name
			.normalize('NFKC')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'strata'
	);
}
