/** Hands a text to the browser's download, as a file the person keeps or sends on. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  // The download has its own copy once started; revoking later lets a slow browser start it first.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
