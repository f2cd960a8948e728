"""What the browser harness measures on a page, as JavaScript run in the page (issue 11).

- FIRST_SCREEN: where the h1 and an error summary start, where the questionnaire buttons and the header end, in CSS pixels from the
  top of the page (the page is loaded unscrolled).
- CONTROLS: every visible form control and button with the contrast of its boundary against what
  is behind it (WCAG 1.4.11), its size, and for radios and checkboxes the checked state.
- READING_WIDTH: the most characters on one line of body text (p, li, dd, dt, label, legend) in main.

Contrast follows WCAG 2.x: relative luminance of sRGB, (L1 + 0.05) / (L2 + 0.05).
"""

CONTRAST_JS = """
const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
  const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const backgroundBehind = el => { for (let n = el.parentElement; n; n = n.parentElement) {
    const c = parse(getComputedStyle(n).backgroundColor); if (c && c.a > 0.5) return c; }
  return {r: 255, g: 255, b: 255, a: 1}; };
const describe = el => el.outerHTML.slice(0, 100);
"""

FIRST_SCREEN = """() => {
  const top = sel => { const el = document.querySelector(sel); return el ? el.getBoundingClientRect().top + scrollY : null; };
  const bottom = sel => { const el = document.querySelector(sel); return el ? el.getBoundingClientRect().bottom + scrollY : null; };
  const h1 = document.querySelector('main h1');
  const lineHeight = h1 ? parseFloat(getComputedStyle(h1).lineHeight) || 40 : null;
  const buttons = [...document.querySelectorAll('.questionnaire-card .btn')].map(b => b.getBoundingClientRect().bottom + scrollY);
  const banner = document.querySelector('.trial-banner p');
  let bannerLines = null;
  if (banner) { const r = document.createRange(); r.selectNodeContents(banner);
    bannerLines = new Set([...r.getClientRects()].filter(x => x.width > 1).map(x => Math.round(x.top))).size; }
  return {h1Top: top('main h1'), errorSummaryTop: top('main .error-summary'), h1FirstLineBottom: h1 ? top('main h1') + lineHeight : null,
          headerBottom: bottom('.site-header'), buttonsBottom: buttons, bannerLines,
          viewport: {width: innerWidth, height: innerHeight}};
}"""

CONTROLS = "() => {" + CONTRAST_JS + """
  const controls = [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main button, main .btn, .menu__toggle')]
    .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden');
  return controls.map(el => {
    const s = getComputedStyle(el), behind = backgroundBehind(el);
    const own = parse(s.backgroundColor);
    const sides = ['Top', 'Right', 'Bottom', 'Left'].map(side => ({width: parseFloat(s['border' + side + 'Width']), color: parse(s['border' + side + 'Color'])}));
    const borderRatios = sides.filter(b => b.width >= 1 && b.color && b.color.a > 0.5).map(b => ratio(b.color, behind));
    // The boundary is the border, or a filled background (a button) when that contrasts more.
    const fillRatio = own && own.a > 0.5 ? ratio(own, behind) : 1;
    const boundary = Math.max(borderRatios.length === 4 ? Math.min(...borderRatios) : 1, fillRatio);
    const rect = el.getBoundingClientRect();
    return {html: describe(el), type: el.type || el.tagName.toLowerCase(), boundary: Math.round(boundary * 100) / 100,
            width: rect.width, height: rect.height};
  });
}"""

CHECKED_AND_FOCUS = "el => {" + CONTRAST_JS + """
  const behind = backgroundBehind(el);
  const look = () => { const s = getComputedStyle(el); return [s.backgroundColor, s.backgroundImage, s.borderTopColor].join('|'); };
  const before = look();
  el.checked = true;
  const s = getComputedStyle(el);  // live: read what is needed while checked
  const after = look();
  const border = ratio(parse(s.borderTopColor), behind);
  const mark = s.backgroundImage !== 'none';
  el.focus();
  const f = getComputedStyle(el);
  // The focus ring: an outline, or a box-shadow ring; the better-contrasting one counts.
  const shadow = f.boxShadow && f.boxShadow !== 'none' ? parse(f.boxShadow) : null;
  const outline = f.outlineStyle !== 'none' && parseFloat(f.outlineWidth) >= 2 ? parse(f.outlineColor) : null;
  const focus = Math.max(shadow ? ratio(shadow, behind) : 1, outline ? ratio(outline, behind) : 1);
  el.checked = false; el.blur();
  const rect = el.getBoundingClientRect();
  return {html: describe(el), type: el.type, width: rect.width, height: rect.height,
          changed: before !== after, checkedBorder: Math.round(border * 100) / 100,
          checkedMark: mark, focus: Math.round(focus * 100) / 100};
}"""

READING_WIDTH = """() => {
  let widest = {chars: 0, text: ''};
  for (const el of document.querySelectorAll('main p, main li, main dd, main dt, main label, main legend')) {
    if (el.querySelector('p, li, dd, ul, ol, div')) continue;  // only the innermost text blocks
    const lines = [];  // characters per line, in text order
    let lineTop = null;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i); range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (!r || r.width === 0) continue;  // collapsed white space
        if (lineTop === null || r.top > lineTop + 5) { lines.push(0); lineTop = r.top; }
        lines[lines.length - 1]++;
      }
    }
    for (const count of lines) if (count > widest.chars) widest = {chars: count, text: el.textContent.trim().slice(0, 80)};
  }
  return widest;
}"""
