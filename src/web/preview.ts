import sanitizeHtml, { type Attributes, type Tag } from 'sanitize-html';

/**
 * The CSP inside the preview iframe: nothing may load or run; inline styles and
 * data: images only. The iframe is also `sandbox` (no scripts, no forms, no
 * navigation of the top page) and the app's own CSP forbids scripts.
 */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Images are kept only when inline (data:) and a raster type; remote ones would be web bugs. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i;

/**
 * Sanitizes a hostile HTML body for display (STYLE §5.10). Scripts, styles sheets,
 * forms, frames and every event-handler attribute go (sanitize-html keeps only the
 * attributes listed); links keep their text and show the target as a tooltip, without
 * an href, so a click cannot leave the page; remote images are replaced by their alt
 * text and a marker.
 */
export function sanitizeBody(input: string): string {
  return sanitizeHtml(input, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      a: ['title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align', 'valign'],
      th: ['colspan', 'rowspan', 'align', 'valign'],
      table: ['border', 'cellpadding', 'cellspacing', 'width'],
      font: ['color'],
      '*': ['align'],
    },
    allowedSchemes: ['data'],
    allowedSchemesByTag: { img: ['data'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (_tag: string, attribs: Attributes): Tag => ({
        tagName: 'a',
        // The target is shown, not followed; a script URL is not even shown.
        attribs: attribs.href
          ? {
              title: /^(?:https?|mailto):/i.test(attribs.href.trim())
                ? `→ ${attribs.href}`
                : '→ (removed)',
            }
          : {},
      }),
      img: (_tag: string, attribs: Attributes): Tag => {
        const src = attribs.src ?? '';
        if (DATA_IMAGE.test(src)) {
          return { tagName: 'img', attribs: { src, alt: attribs.alt ?? '' } };
        }
        return {
          tagName: 'span',
          attribs: { title: `remote image not loaded: ${src.slice(0, 200)}` },
          text: `[image${attribs.alt ? `: ${attribs.alt}` : ''}]`,
        };
      },
    },
  });
}

/** The iframe document: the sanitized body under its own CSP meta. */
export function previewDocument(bodyHtml: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">` +
    '<meta name="referrer" content="no-referrer">' +
    `</head><body>${sanitizeBody(bodyHtml)}</body></html>`
  );
}
