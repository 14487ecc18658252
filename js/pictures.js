// Pictures for slides (a classic script at the start of the page's module,
// called by the app: src/browser/pictures.rs). `svg` is a standalone SVG
// document of 1920 × 1080 (src/charts/slide.rs): saved as it is ('svg'),
// drawn on a canvas of its size and saved as PNG ('png'), or that PNG put
// on the clipboard ('copy'). Resolves to whether it worked. Nothing is
// requested: the image's source is a blob of the page's own making, and it
// has no foreignObject, so the canvas stays readable in every engine.
globalThis.nbPicture = (svg, name, how) => {
  const save = (blob) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
    return true;
  };
  const source = new Blob([svg], { type: 'image/svg+xml' });
  if (how === 'svg') return Promise.resolve(save(source));
  const png = new Promise((done, failed) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      canvas.getContext('2d').drawImage(image, 0, 0);
      URL.revokeObjectURL(image.src);
      canvas.toBlob((blob) => (blob ? done(blob) : failed()));
    };
    image.onerror = failed;
    image.src = URL.createObjectURL(source);
  });
  if (how === 'png') return png.then(save, () => false);
  // Safari takes a write only within the reader's click: the PNG follows.
  try {
    return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]).then(() => true, () => false);
  } catch (e) {
    return Promise.resolve(false);
  }
};
