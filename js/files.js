// The files the app offers, the clipboard and imports (a script at the
// start of the page's module, called by the app: src/browser/files.rs).
// `how` is a MIME type to save `content` as it is (an export, an SVG),
// 'png' to draw `content`, a standalone SVG document (a QR code, a
// picture for slides), on a canvas of its size and save that, 'copy' to
// put that PNG on the clipboard, or 'text' to copy `content` as text
// (where the Clipboard API is missing or refused, the field whose id is
// `name` is selected and copied the old way). Resolves to whether it
// worked. Nothing is requested: the image's source is a blob of the
// page's own making without a foreignObject, so the canvas stays readable
// in every engine.
// "Copy image" shows only where the browser can put an image on the
// clipboard (styles/main.css hides it under this class).
if (!(globalThis.ClipboardItem && navigator.clipboard)) document.documentElement.classList.add('no-image-copy');

globalThis.nbFile = (content, name, how) => {
  if (how === 'text') {
    const old = () => {
      document.getElementById(name)?.select();
      try {
        return document.execCommand('copy');
      } catch (e) {
        return false;
      }
    };
    return navigator.clipboard ? navigator.clipboard.writeText(content).then(() => true, old) : Promise.resolve(old());
  }
  const save = (blob) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
    return true;
  };
  const picture = how === 'png' || how === 'copy';
  const source = new Blob([content], { type: picture ? 'image/svg+xml' : how });
  if (!picture) return Promise.resolve(save(source));
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

// An imported file (src/browser/files.rs): null when it is over `max`
// bytes (not read), undefined when it cannot be read, else the share code
// of the exported scenario of `format` it holds, '' if it holds none.
globalThis.nbRead = (file, max, format) => (file.size > max ? Promise.resolve(null) : file.text().then((text) => {
  try {
    const value = JSON.parse(text);
    return value?.format === format && typeof value.code === 'string' ? value.code : '';
  } catch (e) {
    return '';
  }
}, () => undefined));

// Pictures for slides (src/components/pictures.rs): 1920 × 1080, a chart
// as drawn on screen with its title, the verdict in one line, the source
// line and the link, or, with a QR code, the scenario's slide: the
// question, the verdict, the total and the gap beside the QR code, the
// waterfall below. `words` are the app's, one per line: for a chart
// (`chart` its button) the verdict, the source, the link and what a copy
// says when it worked and when not; for the slide (`chart` the waterfall's
// <svg>, `qr` the link's QR code as an SVG document) the question, the
// verdict, the total, the gap, the source, the link, the QR code's caption
// and "met" or nothing. The picture is SVG: the chart's elements copied with the
// stylesheet's colours written on them (office software reads no CSS),
// the words as real text in a generic font, nothing outside the document.
globalThis.nbPicture = (words, chart, qr, name, how) => {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 1920, H = 1080, M = 80;
  const lines = words.split('\n');
  // A chart's button: its figure gives the chart, its title (the first
  // line) and its id (for the name's "*"); a copy says how it went there.
  const figure = chart.localName === 'button' && chart.closest('figure');
  if (figure) {
    const status = chart.parentElement.querySelector('[role=status]');
    lines.unshift(figure.querySelector('h3').textContent);
    name = name.replace('*', figure.id.slice(6)) + (how === 'image/svg+xml' ? '.svg' : '.png');
    chart = figure.querySelector('svg');
    if (how === 'copy') {
      return globalThis.nbPicture(lines.slice(0, 4).join('\n'), chart, null, name, how).then((ok) => {
        status.textContent = lines[ok ? 4 : 5];
        return ok;
      });
    }
  }
  const svg = document.createElementNS(NS, 'svg');
  const el = (tag, attrs, parent = svg) => {
    const e = parent.appendChild(document.createElementNS(NS, tag));
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  };
  el('title', {}).textContent = lines[0];
  el('rect', { width: W, height: H, fill: '#fff' });
  const ruler = document.createElement('canvas').getContext('2d');
  // Writes `text` from `top` in at most `most` lines `width` wide, `size`
  // px or smaller; returns the bottom of its last line.
  const block = (text, x, top, width, size, most, weight, fill) => {
    let rows;
    for (;; size *= 0.92) {
      ruler.font = `${weight} ${size}px sans-serif`;
      rows = [''];
      for (const word of text.split(' ')) {
        const row = rows[rows.length - 1] ? `${rows[rows.length - 1]} ${word}` : word;
        if (rows[rows.length - 1] && ruler.measureText(row).width > width) rows.push(word); else rows[rows.length - 1] = row;
      }
      if ((rows.length <= most && rows.every((r) => ruler.measureText(r).width <= width)) || size < 10) break;
    }
    rows.forEach((row, i) => {
      el('text', { x, y: top + size * (1 + 1.25 * i), 'font-size': size, 'font-weight': weight, fill }).textContent = row;
    });
    return top + 1.25 * size * rows.length;
  };
  // The chart's drawing, scaled into the box, its colours from the page.
  const place = (source, x, y, width, height) => {
    const box = source.viewBox.baseVal;
    const scale = Math.min(width / box.width, height / box.height);
    const g = el('g', { transform: `translate(${x + (width - box.width * scale) / 2} ${y + (height - box.height * scale) / 2}) scale(${scale})` });
    const copy = (from, to) => {
      for (const child of from.children) {
        const style = getComputedStyle(child);
        const attrs = {};
        for (const a of child.attributes) if (/^(x|y|x1|y1|x2|y2|width|height|d|text-anchor)$/.test(a.name)) attrs[a.name] = a.value;
        const text = child.localName === 'text';
        for (const p of ['fill', 'stroke', 'stroke-dasharray', 'shape-rendering', 'paint-order',
          ...(style.stroke === 'none' ? [] : ['stroke-width', 'stroke-linejoin']), ...(text ? ['font-size', 'font-weight'] : [])]) {
          const v = style.getPropertyValue(p);
          if (v && !/^(none|normal|auto|miter)$/.test(v)) attrs[p] = v;
        }
        const made = el(child.localName, attrs, to);
        if (text) made.textContent = child.textContent; else copy(child, made);
      }
    };
    copy(source, g);
  };
  // The words from the top, each block below the last (`after` px):
  // [line, size in px, at most lines, weight, colour, after].
  const ink = '#1a1f24', met = lines[7] ? '#0d6b2f' : '#a4161a', left = qr ? 1160 : W - 2 * M;
  const blocks = qr
    ? [[0, 40, 2, 700, ink, 0], [1, 80, 1, 700, met, 24], [2, 40, 1, 600, ink, 16], [3, 32, 2, 400, met, 12]]
    : [[0, 52, 1, 700, ink, 0], [1, 32, 2, 400, ink, 16]];
  let y = 60;
  for (const [line, size, most, weight, fill, after] of blocks) y = block(lines[line], M, y + after, left, size, most, weight, fill);
  // The foot: the link 70 px above the bottom, the source above it.
  const foot = H - 138;
  block(lines[qr ? 4 : 2], M, foot, W - 2 * M, 24, 2, 400, '#4a5561');
  block(lines[qr ? 5 : 3], M, H - 70, W - 2 * M, 24, 1, 400, '#0b5d4b');
  place(chart, M, y + 32, left, foot - 56 - y);
  if (qr) {
    // The QR code's own document (src/share/qr.rs), in the page just long
    // enough for its colours to be read.
    const x = M + left + 80, side = W - M - x;
    document.body.insertAdjacentHTML('beforeend', qr);
    const code = document.body.lastElementChild;
    place(code, x, 60, side, side);
    code.remove();
    block(lines[6], x, 76 + side, side, 28, 2, 600, ink);
  }
  for (const [k, v] of [['xmlns', NS], ['width', W], ['height', H], ['viewBox', `0 0 ${W} ${H}`], ['font-family', 'sans-serif']]) svg.setAttribute(k, v);
  return globalThis.nbFile(new XMLSerializer().serializeToString(svg), name, how);
};
