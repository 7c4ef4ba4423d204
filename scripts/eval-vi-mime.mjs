// MIME assembly for the hand-written evaluation messages in scripts/eval-vi-*.mjs.
// Only the transport shape (headers, encodings, Received chains of each sending service)
// is generated here; every message's words are written out in its own entry.
import { deflateSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const CRLF = '\r\n';

/** Deterministic pseudo-random stream seeded by a string (the file name). */
export function rngFor(seed) {
  let h = createHash('sha256').update(seed).digest();
  let i = 0;
  const byte = () => {
    if (i >= h.length) {
      h = createHash('sha256').update(h).digest();
      i = 0;
    }
    return h[i++];
  };
  const int = (n) => ((byte() << 16) | (byte() << 8) | byte()) % n;
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const upper = (n) =>
    Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[int(36)]).join('');
  const alnum = (n) =>
    Array.from(
      { length: n },
      () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[int(62)],
    ).join('');
  const digits = (n) => Array.from({ length: n }, () => String(int(10))).join('');
  const pick = (a) => a[int(a.length)];
  return { int, hex, upper, alnum, digits, pick };
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words, each at most 75 characters, never splitting a character. */
export function encodeWords(text, mode = 'B') {
  const words = [];
  let chunk = '';
  const limit = mode === 'B' ? 45 : 62;
  const qlen = (s) => qWord(s).length;
  for (const ch of text) {
    const next = chunk + ch;
    const size = mode === 'B' ? Buffer.byteLength(next) : qlen(next);
    if (size > limit && chunk !== '') {
      words.push(chunk);
      chunk = ch;
    } else chunk = next;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) =>
    mode === 'B' ? `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=` : `=?UTF-8?Q?${qWord(w)}?=`,
  );
}

function qWord(s) {
  let out = '';
  for (const b of Buffer.from(s)) {
    const c = String.fromCharCode(b);
    if (c === ' ') out += '_';
    else if (/[A-Za-z0-9!*+\-/]/.test(c)) out += c;
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Fold a header made of tokens so that no line passes 78 characters. */
function fold(name, tokens) {
  let line = `${name}:`;
  const lines = [];
  for (const t of tokens) {
    if (line.length + 1 + t.length > 78 && line !== `${name}:`) {
      lines.push(line);
      line = ` ${t}`;
    } else line += ` ${t}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** An unstructured header value (Subject): ASCII as is, otherwise encoded words or raw 8bit. */
export function textHeader(name, value, mode) {
  if (isAscii(value) || mode === '8bit') return fold(name, value.split(' '));
  return fold(name, encodeWords(value, mode));
}

/** A mailbox: display name (quoted or encoded) and address. */
export function mailbox(spec, mode) {
  if (typeof spec === 'string') return [spec];
  const [display, addr] = spec;
  if (display === '') return [addr];
  if (isAscii(display)) {
    const needsQuote = /[()<>@,;:\\".[\]]/.test(display);
    return [needsQuote ? `"${display.replace(/"/g, '\\"')}"` : display, `<${addr}>`];
  }
  if (mode === '8bit') return [`"${display}"`, `<${addr}>`];
  return [...encodeWords(display, mode), `<${addr}>`];
}

export function addressHeader(name, list, mode) {
  const items = normaliseList(list);
  const tokens = [];
  items.forEach((item, i) => {
    const t = mailbox(item, mode);
    if (i < items.length - 1) t[t.length - 1] += ',';
    tokens.push(...t);
  });
  return fold(name, tokens);
}

/** A list is an address, a [display, address] pair, or an array of those. */
function normaliseList(list) {
  if (typeof list === 'string') return [list];
  if (
    list.length === 2 &&
    typeof list[0] === 'string' &&
    typeof list[1] === 'string' &&
    !list[0].includes('@') &&
    list[1].includes('@')
  )
    return [list];
  return list;
}

export function base64Lines(buf) {
  const s = buf.toString('base64');
  const out = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(CRLF);
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF hard line breaks. */
export function quotedPrintable(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const bytes = Buffer.from(line);
    let enc = '';
    bytes.forEach((b, i) => {
      const c = String.fromCharCode(b);
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && c !== '=') || (b === 32 && !last) || (b === 9 && !last)) enc += c;
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    });
    // soft line breaks at 76 characters, never inside an =XX escape
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      const esc = rest.lastIndexOf('=', cut);
      if (esc > cut - 3) cut = esc;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

function wrap8bit(text) {
  // 8bit bodies keep their lines; a line over 998 octets would break RFC 5322
  for (const l of text.split('\n'))
    if (Buffer.byteLength(l) > 990) throw new Error(`8bit line too long: ${l.slice(0, 40)}`);
  return text.split('\n').join(CRLF);
}

function encodeBody(text, cte) {
  if (cte === 'base64') return base64Lines(Buffer.from(text.split('\n').join(CRLF)));
  if (cte === 'quoted-printable') return quotedPrintable(text);
  if (cte === '7bit' && !/^[\x00-\x7f]*$/.test(text)) throw new Error('7bit body with 8-bit text');
  return wrap8bit(text);
}

const CTE = { b64: 'base64', qp: 'quoted-printable', '8bit': '8bit', '7bit': '7bit' };

/** A small valid PNG: horizontal colour bands, like a banner with its text rasterised. */
export function bannerPng(width, height, colours) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const [r, g, b] = colours[Math.floor((y * colours.length) / height)];
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const shade = (x * 7 + y * 3) % 64 < 3 ? 40 : 0;
      row[1 + x * 3] = Math.max(0, r - shade);
      row[2 + x * 3] = Math.max(0, g - shade);
      row[3 + x * 3] = Math.max(0, b - shade);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-03-14 08:12:44 +0700' shifted by `secs`, as an RFC 5322 date in the same zone. */
export function rfcDate(local, secs = 0) {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  const off = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - off * 60000 + secs * 1000;
  const d = new Date(utc + off * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${m[7]}${m[8]}${m[9]}`;
}

export function unixMs(local) {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$/.exec(local);
  const off = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - off * 60000;
}

const domainOf = (addr) => addr.slice(addr.lastIndexOf('@') + 1);
const firstRcpt = (to) => {
  const l = normaliseList(to);
  const a = l[0];
  return typeof a === 'string' ? a.replace(/.*</, '').replace(/>.*/, '') : a[1];
};

/**
 * The sending service's marks: Received chain, Message-ID, boundary style and mailer
 * headers. These are transport, shared by every message sent through the same service.
 */
function transport(msg, r) {
  const fromAddr = Array.isArray(msg.from)
    ? msg.from[1]
    : msg.from.replace(/.*</, '').replace(/>.*/, '');
  const dom = domainOf(fromAddr);
  const rcpt = firstRcpt(msg.to);
  const d = (s) => rfcDate(msg.date, s);
  const ip = msg.ip ?? `192.0.2.${10 + r.int(240)}`;
  const ms = unixMs(msg.date);
  const via = msg.via;
  const h = [];
  let mid;
  let boundary;
  switch (via) {
    case 'gmail': {
      const host = `mail-${r.pick(['pl1', 'pf1', 'pj1', 'ot1', 'qk1', 'yb1'])}-f${r.int(220) + 20}.google.com`;
      h.push(
        `Received: by ${host} with SMTP id ${r.hex(14)}so${r.digits(7)}b3a.${r.int(9) + 1}${CRLF}        for <${rcpt}>; ${d(-2)}`,
        `X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=${Math.floor(ms / 1000)}; x=${Math.floor(ms / 1000) + 604800};${CRLF} h=to:subject:message-id:date:from:mime-version:x-gm-message-state${CRLF} :from:to:cc:subject:date:message-id:reply-to;${CRLF} bh=${r.alnum(43)}=;${CRLF} b=${r.alnum(70)}`,
        `X-Gm-Message-State: AOJu0Y${r.alnum(52)}`,
        `X-Google-Smtp-Source: AGHT+IF${r.alnum(60)}`,
        `X-Received: by 2002:a05:6a20:${r.hex(4)}:b0:${r.hex(3)}:${r.hex(4)} with SMTP id${CRLF} ${r.alnum(6)}-${r.hex(12)}.${r.int(50)}.${r.digits(13)}; ${d(-1)}`,
      );
      mid = `<CA${r.pick(['+', 'J', 'F', 'O', 'M'])}${r.alnum(40)}@mail.gmail.com>`;
      boundary = `0000000000${r.hex(18)}`;
      break;
    }
    case 'yahoo': {
      h.push(
        `Received: from 10.${r.int(250)}.${r.int(250)}.${r.int(250)} by atlas${r.int(300)}.free.mail.${r.pick(['ne1', 'bf1', 'gq1', 'sg3'])}.yahoo.com with HTTP; ${d(-1)}`,
      );
      mid = `<${r.digits(10)}.${r.digits(7)}.${ms}@mail.yahoo.com>`;
      boundary = `----=_Part_${r.digits(7)}_${r.digits(9)}.${ms}`;
      h.push(`X-Mailer: WebService/1.1.${r.digits(5)} YMailNorrin`);
      break;
    }
    case 'outlook': {
      const pod = r.pick([
        'SEZPR06MB',
        'TYZPR03MB',
        'KL1PR02MB',
        'SI2PR04MB',
        'PUZPR01MB',
        'OS0P286MB',
      ]);
      const region =
        { S: 'apcprd06', T: 'apcprd03', K: 'apcprd02', P: 'apcprd01', O: 'JPNP286' }[pod[0]] ??
        'apcprd04';
      const srv = `${pod}${r.digits(4)}.${region.toLowerCase()}.prod.outlook.com`;
      const srv2 = `${pod.slice(0, 6)}${r.digits(2)}MB${r.digits(4)}.${region.toLowerCase()}.prod.outlook.com`;
      h.push(
        `Received: from ${srv2} (2603:1096:${r.hex(3)}:${r.hex(2)}::${r.hex(2)}) by${CRLF} ${srv} (2603:1096:${r.hex(3)}:${r.hex(2)}::${r.hex(2)}) with Microsoft SMTP Server${CRLF} (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.${r.digits(4)}.${r.digits(2)};${CRLF} ${d(-2)}`,
        `Received: from ${srv} ([fe80::${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}]) by${CRLF} ${srv} ([fe80::${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}%${r.int(9) + 1}]) with mapi id${CRLF} 15.20.${r.digits(4)}.0${r.digits(2)}; ${d(-3)}`,
        `Thread-Topic: ${isAscii(msg.subj) ? msg.subj.slice(0, 60) : encodeWords(msg.subj.slice(0, 40), 'B')[0]}`,
        `Thread-Index: A${r.alnum(30)}==`,
        `X-MS-Has-Attach: ${msg.img ? 'yes' : ''}`,
        `X-MS-TNEF-Correlator: `,
        `X-MS-Exchange-Organization-SCL: -1`,
        `X-MS-PublicTrafficType: Email`,
        `X-MS-Office365-Filtering-Correlation-Id: ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`,
        `Content-Language: ${msg.lang ?? 'vi-VN'}`,
      );
      mid = `<${pod}${r.digits(4)}${r.upper(24)}@${srv}>`;
      boundary = `_000_${pod}${r.digits(4)}${r.upper(12)}_`;
      break;
    }
    case 'esp': {
      const mta = `mta-out-${r.int(40) + 1}.${msg.espHost ?? 'sendmail-cloud.example.net'}`;
      h.push(
        `Received: by ${mta} with SMTP id ${r.alnum(22)}${CRLF}        for <${rcpt}>; ${d(-1)}`,
        `Received: from app-${r.int(20)} (unknown [10.${r.int(250)}.${r.int(250)}.${r.int(250)}]) by ${mta.replace('mta-out', 'ismtpd')}${CRLF} with HTTP id ${r.alnum(22)}; ${d(-3)}`,
        `X-Feedback-ID: ${r.digits(6)}:${r.alnum(12)}:${msg.campaign ?? 'camp'}:esp`,
        `X-Campaign-ID: ${r.digits(8)}`,
        `X-Entity-ID: ${r.alnum(22)}==`,
      );
      mid = `<${r.alnum(22)}@${mta.replace(/^mta-out-\d+\./, 'geopod-ismtpd-' + r.int(9) + '.')}>`;
      boundary = r.hex(60).slice(0, 60);
      break;
    }
    case 'php': {
      const host = msg.relay ?? `vps${r.digits(5)}.cloudhost.example.org`;
      h.push(
        `Received: from ${msg.phpUser ?? 'www-data'} by ${host} with local (Exim 4.96)${CRLF}\t(envelope-from <${fromAddr}>)${CRLF}\tid 1${r.alnum(5)}-00${r.digits(4)}-${r.alnum(2)}${CRLF}\tfor ${rcpt}; ${d(-1)}`,
        `X-Mailer: ${msg.mailer ?? 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'}`,
        `X-PHP-Originating-Script: ${r.int(1500) + 33}:${msg.script ?? 'mailer.php'}`,
      );
      mid = `<${r.alnum(43)}@${host}>`;
      boundary = `b1=_${r.alnum(43)}`;
      break;
    }
    case 'botnet': {
      const helo =
        msg.helo ?? r.pick(['User', 'DESKTOP-' + r.upper(7), 'WIN-' + r.upper(11), 'localhost']);
      h.push(
        `Received: from ${helo} ([${ip}]) by ${msg.relay ?? 'mail.' + dom} with Microsoft SMTPSVC(${r.pick(['6.0.3790.4675', '10.0.17763.1697', '8.5.9600.16384'])});${CRLF}\t ${d(-4)}`,
        `X-Mailer: ${msg.mailer ?? r.pick(['Microsoft Outlook Express 6.00.2900.5512', 'Microsoft Windows Live Mail 16.4.3528.331', 'AtomicMail Sender 9.52', 'Sendblaster 4.4.2'])}`,
        `X-Priority: 3`,
        `X-MSMail-Priority: Normal`,
        `X-OriginalArrivalTime: ${d(-4).slice(5, 25).trim()} (UTC) FILETIME=[${r.upper(8)}:01DA${r.upper(4)}]`,
      );
      mid = `<${r.upper(4)}${r.digits(8)}$${r.upper(4)}${r.digits(4)}$${r.hex(8)}@${helo}>`;
      boundary = `----=_NextPart_000_00${r.digits(2)}_01DA${r.upper(4)}.${r.upper(8)}`;
      break;
    }
    case 'foxmail': {
      h.push(
        `Received: from DESKTOP-${r.upper(7)} (unknown [${ip}])${CRLF}\tby smtp.${dom} (Coremail) with SMTP id ${r.alnum(24)}--.${r.digits(5)}S2;${CRLF}\t${d(-6)}`,
        `X-Mailer: Foxmail 7.2.25.${r.pick(['228', '331', '254'])}[cn]`,
        `X-CM-SenderInfo: ${r.alnum(24)}`,
      );
      mid = `<${r.digits(12)}${r.digits(6)}.${r.hex(8)}@${dom}>`;
      boundary = `----=_001_NextPart${r.digits(12)}_=----`;
      break;
    }
    case 'postfix': {
      const mta = msg.relay ?? `mail.${dom}`;
      h.push(
        `Received: from ${msg.helo ?? '[192.168.' + r.int(10) + '.' + (r.int(200) + 20) + ']'} (unknown [${ip}])${CRLF}\tby ${mta} (Postfix) with ESMTPSA id ${r.upper(10)}${CRLF}\tfor <${rcpt}>; ${d(-5)}`,
      );
      if (msg.mailer) h.push(`X-Mailer: ${msg.mailer}`);
      if (msg.ua) h.push(`User-Agent: ${msg.ua}`);
      mid = `<${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}@${dom}>`;
      boundary = `------------${r.alnum(24)}`;
      break;
    }
    case 'iphone': {
      const host = `mail-${r.pick(['pl1', 'pf1', 'pj1'])}-f${r.int(220) + 20}.google.com`;
      h.push(
        `Received: from smtpclient.apple ([${ip}]) by smtp.gmail.com with ESMTPSA id ${r.alnum(22)}.${r.int(90)}${CRLF}        for <${rcpt}>${CRLF}        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);${CRLF}        ${d(-3)}`,
        `X-Received: by ${host} with SMTP id ${r.hex(12)}; ${d(-1)}`,
        `X-Mailer: iPhone Mail (${r.pick(['21D61', '21E236', '22B83', '22D72'])})`,
      );
      mid = `<${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(12).toUpperCase()}@gmail.com>`;
      boundary = `Apple-Mail-${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(12).toUpperCase()}`;
      break;
    }
    default:
      throw new Error(`${msg.f}: unknown via ${via}`);
  }
  if (msg.mid) mid = msg.mid;
  return { headers: h, mid, boundary };
}

function part(type, body, cte, extra = []) {
  return [`Content-Type: ${type}`, `Content-Transfer-Encoding: ${cte}`, ...extra, '', body].join(
    CRLF,
  );
}

function multipart(subtype, boundary, parts) {
  return {
    type: `multipart/${subtype}; boundary="${boundary}"`,
    body: [...parts.map((p) => `--${boundary}${CRLF}${p}`), `--${boundary}--`, ''].join(CRLF),
  };
}

const nested = (m) => [`Content-Type: ${m.type}`, '', m.body].join(CRLF);

/** One whole message, CRLF throughout. */
export function build(msg) {
  const r = rngFor(msg.f);
  const mode = msg.hdr ?? 'B';
  const cte = CTE[msg.enc ?? 'b64'];
  const charset = msg.charset ?? 'UTF-8';
  const t = transport(msg, r);
  const head = [...t.headers];
  head.push(addressHeader('From', msg.from, mode));
  if (msg.sender) head.push(addressHeader('Sender', msg.sender, mode));
  if (msg.replyTo) head.push(addressHeader('Reply-To', msg.replyTo, mode));
  head.push(addressHeader('To', msg.to, mode));
  if (msg.cc) head.push(addressHeader('Cc', msg.cc, mode));
  head.push(textHeader('Subject', msg.subj, mode));
  head.push(`Date: ${rfcDate(msg.date)}`);
  head.push(`Message-ID: ${t.mid}`);
  for (const [k, v] of msg.extra ?? []) head.push(`${k}: ${v}`);
  head.push('MIME-Version: 1.0');

  const textPart = () =>
    part(
      `text/plain; charset=${msg.textCharset ?? charset}${msg.flowed ? '; format=flowed' : ''}`,
      encodeBody(msg.text, cte),
      cte,
    );
  const htmlPart = () =>
    part(
      `text/html; charset=${charset}`,
      encodeBody(msg.html, msg.htmlEnc ? CTE[msg.htmlEnc] : cte),
      msg.htmlEnc ? CTE[msg.htmlEnc] : cte,
    );
  let img;
  if (msg.img) {
    const spec = msg.img;
    const png = bannerPng(
      spec.w ?? 480,
      spec.h ?? 160,
      spec.colours ?? [
        [200, 20, 30],
        [250, 200, 40],
      ],
    );
    const name = spec.name ?? 'banner.png';
    const extra = spec.inline
      ? [`Content-ID: <${spec.cid}>`, `Content-Disposition: inline; filename="${name}"`]
      : [`Content-Disposition: attachment; filename="${name}"`];
    img = part(`image/png; name="${name}"`, base64Lines(png), 'base64', extra);
  }

  let top;
  const b = (n) => `${t.boundary}${n === 0 ? '' : '_' + n}`;
  const hasText = msg.text !== undefined;
  const hasHtml = msg.html !== undefined;
  if (hasText && !hasHtml && !img) top = { single: textPart() };
  else if (hasHtml && !hasText && !img) top = { single: htmlPart() };
  else if (hasText && hasHtml && !img)
    top = multipart('alternative', b(0), [textPart(), htmlPart()]);
  else if (img && img.includes('Content-ID')) {
    const inner = hasText
      ? nested(multipart('alternative', b(1), [textPart(), htmlPart()]))
      : htmlPart();
    top = multipart('related', b(0), [inner, img]);
  } else {
    const inner =
      hasHtml && hasText
        ? nested(multipart('alternative', b(1), [textPart(), htmlPart()]))
        : hasHtml
          ? htmlPart()
          : textPart();
    top = multipart('mixed', b(0), [inner, img]);
  }
  let out;
  if (top.single) out = [...head, top.single].join(CRLF);
  else out = [...head, `Content-Type: ${top.type}`, '', msg.preamble ?? '', top.body].join(CRLF);
  if (!out.endsWith(CRLF)) out += CRLF;
  return Buffer.from(out, 'utf8');
}
