// The aligner's review page. No library, no network: the data is the JSON in
// #review-data; decisions are exported as corrections.json (schema in
// aligner/review/corrections.py) or as the corrected TMX/TSV, made here as Blobs.
"use strict";
(function () {
  const started = performance.now();
  const DATA = JSON.parse(document.getElementById("review-data").textContent);
  const BANDS = DATA.bands;
  const USER_ORIGINS = new Set(["merge", "split", "link"]);
  const LANG_NAME = { ko: "Korean", en: "English" };

  // ------------------------------------------------------------ the model
  // docs[d].segs[s]: one segment; links: the pairs (pending, accepted, rejected).
  const docs = DATA.documents.map(function (d, di) {
    return {
      index: di, id: d.id, inputs: d.inputs, presegmented: d.presegmented,
      segs: d.segments.map(function (s, si) {
        return { doc: di, id: si, lang: s[0], index: s[1], start: s[2], end: s[3], text: s[4], rank: s[5],
                 reason: s[6], unpaired: false };
      }),
    };
  });
  DATA.documents.forEach(function (d, di) {
    d.unpaired.forEach(function (si) { docs[di].segs[si].unpaired = true; });
  });
  let nextId = 0;
  let links = [];
  DATA.documents.forEach(function (d, di) {
    d.pairs.forEach(function (p) {
      links.push({ id: nextId++, doc: di, ko: p.ko.slice(), en: p.en.slice(), status: p.status,
                   origin: p.origin, score: p.score, evidence: p.evidence });
    });
    d.rejected.forEach(function (r) {
      links.push({ id: nextId++, doc: di, ko: r.ko.slice(), en: r.en.slice(), status: "rejected",
                   origin: "earlier", score: r.score, evidence: null });
    });
  });

  let units = [];         // the rows, in order: {kind: "doc"|"pair"|"seg", key, doc, link?, seg?, rank}
  let byKey = new Map();  // key -> unit
  let cursor = null;      // key of the current row
  let mark = null;        // a segment waiting to be linked
  let undoStack = [];
  let filter = "all";
  let threshold = 0.5;

  const isActive = function (link) { return link.status !== "rejected"; };
  const isUser = function (link) { return USER_ORIGINS.has(link.origin); };
  const segsOf = function (link) {
    const segs = docs[link.doc].segs;
    return link.ko.map(function (i) { return segs[i]; }).concat(link.en.map(function (i) { return segs[i]; }));
  };
  const bandOf = function (link) {
    if (isUser(link) || link.score === null || link.score === undefined) return "user";
    return link.score >= BANDS.high ? "high" : link.score >= BANDS.mid ? "mid" : "low";
  };

  function layout() {
    units = [];
    docs.forEach(function (doc) {
      units.push({ kind: "doc", key: "D" + doc.index, doc: doc.index });
      const used = new Set();
      const items = [];
      links.forEach(function (link) {
        if (link.doc !== doc.index || !isActive(link)) return;
        const segs = segsOf(link);
        segs.forEach(function (s) { used.add(s.id); });
        items.push({ kind: "pair", key: "L" + link.id, doc: doc.index, link: link,
                     rank: Math.min.apply(null, segs.map(function (s) { return s.rank; })) });
      });
      doc.segs.forEach(function (s) {
        if (!used.has(s.id)) items.push({ kind: "seg", key: "S" + doc.index + "-" + s.id, doc: doc.index, seg: s, rank: s.rank });
      });
      items.sort(function (a, b) { return a.rank - b.rank; });
      Array.prototype.push.apply(units, items);
    });
    byKey = new Map(units.map(function (u) { return [u.key, u]; }));
    rejectedSegs = new Set();
    links.forEach(function (l) {
      if (l.status === "rejected") l.ko.concat(l.en).forEach(function (i) { rejectedSegs.add(l.doc + "-" + i); });
    });
  }

  let rejectedSegs = new Set();  // "doc-seg" of every segment in a rejected link

  function rejectionsOf(seg) {
    return links.filter(function (l) {
      return l.status === "rejected" && l.doc === seg.doc && (l.ko.indexOf(seg.id) >= 0 || l.en.indexOf(seg.id) >= 0);
    });
  }

  function visible(u) {
    if (u.kind === "doc" || filter === "all") return true;
    if (u.kind === "pair") {
      return u.link.status === "pending" && !isUser(u.link) && u.link.score < threshold;
    }
    return filter === "attention" && (u.seg.lang === "ko" || u.seg.lang === "en");
  }

  // ------------------------------------------------------------ rendering
  const esc = function (t) {
    return String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  };
  const sentences = function (doc, ids) {
    // (a space between them: a screen reader read "흡수한다.그러나" as one word)
    return ids.map(function (i) { return '<span class="sent">' + esc(docs[doc].segs[i].text) + "</span>"; }).join(" ");
  };

  function rowHtml(u, number) {
    if (u.kind === "doc") {
      const doc = docs[u.doc];
      const names = doc.inputs.map(function (i) { return i.role + ": " + i.name; }).join(", ");
      // a listbox holds options only: the heading is one that cannot be chosen
      return '<div class="doc-head" data-key="' + u.key + '" role="option" aria-disabled="true"><bdi>' + esc(doc.id) + "</bdi>" +
        '<span class="inputs">' + esc(names) + "</span></div>";
    }
    if (u.kind === "pair") {
      const l = u.link;
      const cls = "row pair band-" + bandOf(l) + (l.status === "accepted" ? " accepted" : "");
      const score = isUser(l) ? l.origin : l.score.toFixed(2);
      return '<div class="' + cls + '" data-key="' + u.key + '" id="row-' + u.key + '" role="option" aria-selected="false"><div class="n">' + number +
        '</div><div class="ko" lang="ko">' + sentences(u.doc, l.ko) + '</div><div class="en" lang="en">' +
        sentences(u.doc, l.en) + '</div><div class="s">' + score + "</div></div>";
    }
    const s = u.seg;
    const rejected = rejectedSegs.has(s.doc + "-" + s.id);
    const tag = rejected ? "rejected" : s.lang === "ko" || s.lang === "en" ? (s.reason || (s.unpaired ? "unpaired" : "unlinked")) : (s.reason || "neither language");
    const cls = "row seg seg-" + s.lang + (rejected ? " rejected" : "") + (s.lang !== "ko" && s.lang !== "en" ? " other" : "") +
      (mark && mark.doc === s.doc && mark.id === s.id ? " marked" : "");
    const text = '<span class="tag">' + esc(tag) + "</span> <bdi>" + esc(s.text) + "</bdi>";
    let cells;
    if (s.lang === "ko") cells = '<div class="ko text" lang="ko">' + text + '</div><div class="en"></div>';
    else if (s.lang === "en") cells = '<div class="ko"></div><div class="en text" lang="en">' + text + "</div>";
    else cells = '<div class="text">' + text + "</div>";
    return '<div class="' + cls + '" data-key="' + u.key + '" id="row-' + u.key + '" role="option" aria-selected="false"><div class="n"></div>' + cells + '<div class="s"></div></div>';
  }

  const rowsEl = document.getElementById("rows");
  let rowEls = new Map();

  function render() {
    layout();
    const html = [];
    let number = 0;
    let shown = 0;
    units.forEach(function (u) {
      if (u.kind === "pair") number += 1;
      if (visible(u)) {
        html.push(rowHtml(u, u.kind === "pair" ? number : ""));
        if (u.kind !== "doc") shown += 1;
      }
    });
    if (!shown) html.push('<div class="empty">No row matches the filter.</div>');
    rowsEl.innerHTML = html.join("");
    rowEls = new Map();
    rowsEl.querySelectorAll("[data-key]").forEach(function (el) { rowEls.set(el.dataset.key, el); });
    let moved = false;
    if (!cursor || !rowEls.has(cursor) || byKey.get(cursor).kind === "doc") {
      // the row the filter now hides (an accepted pair): the next shown row, else the one before
      const at = cursor && byKey.has(cursor) ? units.indexOf(byKey.get(cursor)) : -1;
      const shownRow = function (u) { return u.kind !== "doc" && rowEls.has(u.key); };
      const next = units.slice(Math.max(at, 0)).find(shownRow) ||
        units.slice(0, Math.max(at, 0)).reverse().find(shownRow);
      moved = at >= 0;
      cursor = next ? next.key : null;
    }
    showCursor(moved);
    showCounts();
  }

  function showCounts() {
    let pairs = 0, accepted = 0, made = 0, rejected = 0, unpaired = 0, low = 0;
    links.forEach(function (l) {
      if (l.status === "rejected") { rejected += 1; return; }
      pairs += 1;
      if (isUser(l)) made += 1;
      else if (l.status === "accepted") accepted += 1;
      else if (l.score < threshold) low += 1;
    });
    units.forEach(function (u) { if (u.kind === "seg" && (u.seg.lang === "ko" || u.seg.lang === "en")) unpaired += 1; });
    document.getElementById("counts").textContent =
      pairs + " pairs (" + accepted + " accepted, " + made + " made by you, " + low + " pending below " + threshold +
      "); " + rejected + " rejected; " + unpaired + " unpaired segments";
  }

  // The sticky header's height follows the toolbar's wrapping (and the zoom: at 200% it was
  // half the window, and the side panel, stuck at a fixed offset, hid its top under it)
  function fitToHeader() {
    const height = document.getElementById("top").offsetHeight;
    document.documentElement.style.scrollPaddingTop = (height + 4) + "px";
    const side = document.getElementById("side");
    if (side) {
      side.style.top = (height + 8) + "px";
      side.style.maxHeight = "calc(100vh - " + (height + 18) + "px)";
    }
  }
  window.addEventListener("resize", fitToHeader);

  function showCursor(scroll) {
    rowEls.forEach(function (el) { el.classList.remove("current"); el.setAttribute("aria-selected", "false"); });
    const el = cursor && rowEls.get(cursor);
    if (el) {
      el.classList.add("current");
      el.setAttribute("aria-selected", "true");  // the selected row, for screen readers too
      rowsEl.setAttribute("aria-activedescendant", el.id);
      if (scroll) {  // not under the sticky header, whose height follows the toolbar's wrapping
        fitToHeader();
        el.scrollIntoView({ block: "nearest" });
      }
    } else rowsEl.removeAttribute("aria-activedescendant");
    showEvidence();
  }

  // The summary line is a live region: a screen reader says it as the cursor moves (the
  // row itself is read through aria-activedescendant); the facts and texts below are not.
  function showEvidence() {
    const summary = document.getElementById("evidence-summary");
    const body = document.getElementById("evidence-body");
    const u = cursor && byKey.get(cursor);
    if (!u || u.kind === "doc") { summary.textContent = "Select a row."; body.innerHTML = ""; return; }
    let html = "";
    if (u.kind === "pair") {
      const l = u.link;
      const status = l.status === "accepted" ? (isUser(l) ? "made by you (" + l.origin + ")" : "accepted") : "pending";
      summary.innerHTML = "<b>" + l.ko.length + "–" + l.en.length + " pair</b>, " + status +
        (isUser(l) ? "" : ", confidence " + l.score.toFixed(2) + " (" + bandOf(l) + ")");
      if (l.evidence) {
        html += '<ul class="facts">' + l.evidence.map(function (f) {
          return '<li class="' + esc(f[2]) + '"><b>' + esc(f[0]) + "</b>: <bdi>" + esc(f[1]) + "</bdi></li>";
        }).join("") + "</ul>";
      } else if (l.origin === "earlier") {  // a rejection of an earlier review, lifted
        html += '<p class="hint">Rejected in an earlier review, so --anchors did not make it; lifted, it is pending ' +
          "(accept it to keep it). Its confidence is the one that review saw.</p>";
      } else {
        html += '<p class="hint">A pair you made: kept as it is by --anchors, which scores the rest around it.</p>';
      }
      html += '<div class="ev-text" lang="ko">' + sentences(u.doc, l.ko) + '</div><div class="ev-text" lang="en">' +
        sentences(u.doc, l.en) + "</div>";
    } else {
      const s = u.seg;
      const rejected = rejectionsOf(s);
      let said = "<b>" + (LANG_NAME[s.lang] || "Other") + " segment " + s.index + "</b>, characters " + s.start + "–" + s.end;
      if (rejected.length) html += '<p class="hint">In a pair you rejected: press <kbd>r</kbd> to lift the rejection.</p>';
      else if (s.reason) said += ", left unpaired: " + esc(s.reason);
      else if (s.unpaired) said += ", left unpaired by the aligner";
      summary.innerHTML = said;
      if (s.lang === "ko" || s.lang === "en") html += '<p class="hint">Press <kbd>l</kbd> here and on a segment of the other language to link them, or <kbd>m</kbd> to merge with the next row.</p>';
      html += '<div class="ev-text">' + esc(s.text) + "</div>";
    }
    body.innerHTML = html;
  }

  function say(text, error) {
    const el = document.getElementById("message");
    el.textContent = text;
    el.className = error ? "error" : "";
  }

  // ------------------------------------------------------------ checks
  // Row ids, not indices: rows are sorted by language, then index, so within a language a row id
  // counts segments, while an index with --presegmented is a line number (blank lines count, the
  // pieces of a cut line share it) and would call neighbours apart or pieces one sentence.
  const span = function (doc, ids) {
    return [Math.min.apply(null, ids), Math.max.apply(null, ids)];
  };
  const pairName = function (link) {
    const u = byKey.get("L" + link.id);
    const n = units.filter(function (x) { return x.kind === "pair"; }).indexOf(u) + 1;
    return "pair " + n;
  };

  // Why a new pair of Korean ids and English ids cannot be made (or null): it must be a run of
  // consecutive sentences on each side, keep the reading order, and join no rejected sentences.
  function problem(doc, ko, en, replaced) {
    if (!ko.length || !en.length) return "a pair needs Korean and English sentences";
    const k = span(doc, ko), e = span(doc, en);
    if (k[1] - k[0] + 1 !== ko.length || e[1] - e[0] + 1 !== en.length) {
      return "the sentences are not consecutive: merge or link the segments in between first";
    }
    const crossing = links.find(function (l) {
      if (l.doc !== doc || !isActive(l) || replaced.indexOf(l) >= 0) return false;
      const lk = span(doc, l.ko), le = span(doc, l.en);
      const before = lk[1] < k[0] && le[1] < e[0], after = lk[0] > k[1] && le[0] > e[1];
      return !before && !after;
    });
    if (crossing) return "it would cross " + pairName(crossing) + ": reject or split that pair first";
    const banned = links.find(function (l) {
      return l.doc === doc && l.status === "rejected" &&
        ko.some(function (i) { return l.ko.indexOf(i) >= 0; }) && en.some(function (i) { return l.en.indexOf(i) >= 0; });
    });
    if (banned) return "you rejected pairing these sentences: press r on one of them to lift the rejection first";
    return null;
  }

  function snapshot() {
    undoStack.push({ links: links.map(function (l) { return Object.assign({}, l, { ko: l.ko.slice(), en: l.en.slice() }); }),
                     cursor: cursor });
    if (undoStack.length > 500) undoStack.shift();
    mark = null;
  }

  // ------------------------------------------------------------ actions
  const current = function () { return cursor ? byKey.get(cursor) : null; };

  const actions = {
    accept: function () {
      const u = current();
      if (!u || u.kind !== "pair") return say("a accepts a pair; this row is not one", true);
      // a pair you made is kept as it is: back to pending, it left the corrections unsaid
      if (isUser(u.link)) return say("A pair you made is kept as it is; r removes it, z undoes it.", true);
      snapshot();
      u.link.status = u.link.status === "accepted" ? "pending" : "accepted";
      render();
      say(u.link.status === "accepted" ? "Accepted: kept as it is by --anchors." : "Back to pending.");
    },
    reject: function () {
      const u = current();
      if (!u) return;
      if (u.kind === "pair") {
        snapshot();
        const first = u.link.ko[0];
        cursor = "S" + u.doc + "-" + first;
        if (isUser(u.link)) {
          // a pair you made is taken back, not rejected: rejecting it forbade every pairing of
          // its sentences, the aligner's right ones too, and lifting that dropped the pair
          links = links.filter(function (l) { return l !== u.link; });
          render();
          return say("Your pair is removed: its sentences are unpaired again (z undoes).");
        }
        u.link.status = "rejected";
        render();
        return say("Rejected: these sentences will not be paired with each other.");
      }
      if (u.kind !== "seg") return;
      const rejections = rejectionsOf(u.seg);
      if (!rejections.length) return say("r rejects a pair; this segment is in none", true);
      const link = rejections[rejections.length - 1];
      snapshot();
      link.status = "pending";
      const free = segsOf(link).every(function (s) {
        return !links.some(function (l) { return l !== link && isActive(l) && l.doc === link.doc && segsOf(l).indexOf(s) >= 0; });
      });
      if (free && !problem(link.doc, link.ko, link.en, [link])) {
        cursor = "L" + link.id;
        say("Rejection lifted: the pair is back, pending.");
      } else {
        links = links.filter(function (l) { return l !== link; });
        say("Rejection lifted.");
      }
      render();
    },
    merge: function () {
      const u = current();
      if (!u || u.kind === "doc") return;
      const at = units.indexOf(u);
      const next = units[at + 1];
      if (!next || next.kind === "doc") return say("m merges a row with the next one; this is the last row", true);
      if (!visible(next)) return say("the next row is hidden by the filter: show all rows to merge", true);
      const parts = [u, next];
      if (parts.some(function (p) { return p.kind === "seg" && p.seg.lang !== "ko" && p.seg.lang !== "en"; })) {
        return say("a segment in neither language cannot be in a pair", true);
      }
      const ko = [], en = [], replaced = [];
      parts.forEach(function (p) {
        if (p.kind === "pair") {
          replaced.push(p.link);
          Array.prototype.push.apply(ko, p.link.ko);
          Array.prototype.push.apply(en, p.link.en);
        } else (p.seg.lang === "ko" ? ko : en).push(p.seg.id);
      });
      const why = problem(u.doc, ko, en, replaced);
      if (why) return say("Cannot merge: " + why, true);
      snapshot();
      links = links.filter(function (l) { return replaced.indexOf(l) < 0; });
      const link = { id: nextId++, doc: u.doc, ko: sortIds(u.doc, ko), en: sortIds(u.doc, en), status: "accepted",
                     origin: "merge", score: null, evidence: null };
      links.push(link);
      cursor = "L" + link.id;
      render();
      say("Merged into one " + ko.length + "–" + en.length + " pair.");
    },
    split: function () {
      const u = current();
      if (!u || u.kind !== "pair") return say("s splits a pair; this row is not one", true);
      const l = u.link;
      if (l.ko.length === 1 && l.en.length === 1) return say("a 1–1 pair cannot be split: reject it (r) to unpair it", true);
      snapshot();
      const ko = l.ko.slice(), en = l.en.slice();
      const off = en.length >= ko.length ? en.pop() : ko.pop();
      links = links.filter(function (x) { return x !== l; });
      const link = { id: nextId++, doc: u.doc, ko: ko, en: en, status: "accepted", origin: "split", score: null, evidence: null };
      links.push(link);
      cursor = "L" + link.id;
      render();
      say("Split off: " + Array.from(docs[u.doc].segs[off].text).slice(0, 40).join("") + "…");  // characters, not halves of an emoji
    },
    link: function () {
      const u = current();
      if (!u || u.kind !== "seg" || (u.seg.lang !== "ko" && u.seg.lang !== "en")) {
        return say("l links unpaired segments; this row is not one (split or reject a pair first)", true);
      }
      const s = u.seg;
      if (!mark || mark.doc !== s.doc || mark.lang === s.lang) {
        mark = mark && mark.doc === s.doc && mark.id === s.id ? null : s;
        render();
        return say(mark ? "Marked; now press l on an unpaired " + (s.lang === "ko" ? "English" : "Korean") + " segment (Esc cancels)." : "Link cancelled.");
      }
      const ko = [mark.lang === "ko" ? mark.id : s.id], en = [mark.lang === "en" ? mark.id : s.id];
      const why = problem(s.doc, ko, en, []);
      if (why) return say("Cannot link: " + why, true);
      snapshot();
      const link = { id: nextId++, doc: s.doc, ko: ko, en: en, status: "accepted", origin: "link", score: null, evidence: null };
      links.push(link);
      mark = null;
      cursor = "L" + link.id;
      render();
      say("Linked.");
    },
    undo: function () {
      const last = undoStack.pop();
      if (!last) return say("nothing to undo", true);
      links = last.links;
      cursor = last.cursor;
      mark = null;
      render();
      say("Undone.");
    },
  };

  const sortIds = function (doc, ids) {
    return ids.slice().sort(function (a, b) { return docs[doc].segs[a].index - docs[doc].segs[b].index; });
  };

  function move(step) {
    const keys = units.filter(function (u) { return u.kind !== "doc" && rowEls.has(u.key); }).map(function (u) { return u.key; });
    if (!keys.length) return;
    const at = keys.indexOf(cursor);
    cursor = keys[Math.max(0, Math.min(keys.length - 1, at < 0 ? 0 : at + step))];
    showCursor(true);
  }

  // ------------------------------------------------------------ export
  function ref(doc, i) {
    const s = docs[doc].segs[i];
    return { index: s.index, start: s.start, end: s.end, text: s.text };
  }

  function ordered(list) {
    return list.slice().sort(function (a, b) {
      return a.doc - b.doc || Math.min.apply(null, segsOf(a).map(function (s) { return s.rank; })) -
        Math.min.apply(null, segsOf(b).map(function (s) { return s.rank; }));
    });
  }

  function corrections() {
    return {
      format: DATA.format, version: DATA.version, tool: DATA.tool + " review page",
      documents: docs.map(function (doc) {
        const decided = ordered(links.filter(function (l) { return l.doc === doc.index && l.status !== "pending"; }));
        return {
          id: doc.id, presegmented: doc.presegmented, inputs: doc.inputs,
          links: decided.map(function (l) {
            const out = { decision: l.status === "rejected" ? "reject" : isUser(l) ? "link" : "accept", origin: l.origin };
            if (l.score !== null && l.score !== undefined) out.score = l.score;
            out.ko = l.ko.map(function (i) { return ref(l.doc, i); });
            out.en = l.en.map(function (i) { return ref(l.doc, i); });
            return out;
          }),
        };
      }),
    };
  }

  // As the aligner's writers do: a segment is one line without characters XML 1.0 forbids.
  const clean = function (t) {
    return t.replace(/\s*[\t\n\r\v\f\u2028\u2029\x1c-\x1f\x85]\s*/g, " ")
      .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "");
  };
  const xml = function (t) { return clean(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"); };
  const textOf = function (l, lang) { return l[lang].map(function (i) { return docs[l.doc].segs[i].text; }).join(" "); };
  const scoreOf = function (l) { return (l.status === "accepted" || isUser(l) ? 1 : l.score).toFixed(4); };
  const kept = function () { return ordered(links.filter(isActive)); };

  function tmx() {
    const now = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
    const out = ['<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'];
    out.push('  <header creationtool="aligner" creationtoolversion="' + xml(DATA.tool.replace(/^aligner /, "")) +
      '" datatype="plaintext" segtype="sentence" adminlang="en" srclang="ko" o-tmf="aligner" creationdate="' + now + '">\n');
    if (DATA.signature) out.push('    <prop type="x-aligner-signature">' + xml(DATA.signature) + "</prop>\n");
    out.push('    <prop type="x-reviewed">review page</prop>\n  </header>\n  <body>\n');
    kept().forEach(function (l) {
      out.push('    <tu>\n      <prop type="x-score">' + scoreOf(l) + "</prop>\n");
      if (docs.length > 1) out.push('      <prop type="x-document">' + xml(docs[l.doc].id) + "</prop>\n");
      ["ko", "en"].forEach(function (lang) {
        out.push('      <tuv xml:lang="' + lang + '"><seg>' + xml(textOf(l, lang)) + "</seg></tuv>\n");
      });
      out.push("    </tu>\n");
    });
    out.push("  </body>\n</tmx>\n");
    return out.join("");
  }

  function tsv() {
    return kept().map(function (l) {
      const row = [clean(textOf(l, "ko")), clean(textOf(l, "en")), scoreOf(l)];
      if (docs.length > 1) row.push(clean(docs[l.doc].id));
      return row.join("\t") + "\n";
    }).join("");
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }
  const base = (docs.length === 1 ? docs[0].id : "memory").replace(/[^\w.-]+/g, "_");

  // ------------------------------------------------------------ wiring
  const KEYS = { j: "next", ArrowDown: "next", k: "prev", ArrowUp: "prev", a: "accept", r: "reject", m: "merge",
                 s: "split", l: "link", z: "undo", u: "undo", f: "filter",
                 KeyJ: "next", KeyK: "prev", KeyA: "accept", KeyR: "reject", KeyM: "merge", KeyS: "split",
                 KeyL: "link", KeyZ: "undo", KeyU: "undo", KeyF: "filter" };
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const tag = ev.target && ev.target.tagName;
    if (ev.key === "Escape") {
      if (tag === "INPUT" || tag === "SELECT") ev.target.blur();
      if (mark) { mark = null; render(); say("Link cancelled."); }
      return;
    }
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
    // by the key's letter, or where a layout gives none of ours (Hangul input on: "ㅓ", or
    // "Process" while the IME composes) by the key's place; Caps Lock is no other key
    const key = KEYS[ev.key] || KEYS[ev.key.toLowerCase()] || (/^[a-z]$/i.test(ev.key) ? null : KEYS[ev.code]);
    if (!key) return;
    ev.preventDefault();
    if (key === "next") move(1);
    else if (key === "prev") move(-1);
    else if (key === "filter") {
      const sel = document.getElementById("filter");
      sel.selectedIndex = (sel.selectedIndex + 1) % sel.options.length;
      sel.dispatchEvent(new Event("change"));
    } else actions[key]();
  });
  rowsEl.addEventListener("click", function (ev) {
    const el = ev.target.closest("[data-key]");
    if (!el || byKey.get(el.dataset.key).kind === "doc") return;
    cursor = el.dataset.key;
    showCursor(false);
  });
  document.getElementById("toolbar").addEventListener("click", function (ev) {
    const b = ev.target.closest("button[data-action]");
    // a mouse click leaves the keys to the rows; Enter or Space on the button keeps its focus
    if (b) { actions[b.dataset.action](); if (ev.detail > 0) b.blur(); }
  });
  // a choice made with the mouse leaves the keys to the rows (one made with the keys keeps the focus)
  let pointer = false;
  ["filter", "threshold"].forEach(function (id) {
    document.getElementById(id).addEventListener("pointerdown", function () { pointer = true; });
  });
  function released(el) { if (pointer) el.blur(); pointer = false; }
  document.getElementById("filter").addEventListener("change", function (ev) { filter = ev.target.value; render(); released(ev.target); });
  document.getElementById("threshold").addEventListener("change", function (ev) {
    const v = parseFloat(ev.target.value);
    if (v >= 0 && v <= 1) { threshold = v; render(); released(ev.target); return; }
    ev.target.value = threshold;  // not kept while the filter went on with the old value
    say("the threshold is a number from 0 to 1", true);
  });
  document.getElementById("export-corrections").addEventListener("click", function () {
    download("corrections.json", JSON.stringify(corrections(), null, 1) + "\n", "application/json");
    say("corrections.json: give it to aligner align … --anchors corrections.json");
  });
  document.getElementById("export-tmx").addEventListener("click", function () { download(base + ".reviewed.tmx", tmx(), "application/x-tmx+xml"); });
  document.getElementById("export-tsv").addEventListener("click", function () { download(base + ".reviewed.tsv", tsv(), "text/tab-separated-values"); });
  document.querySelectorAll(".b-high").forEach(function (el) { el.textContent = BANDS.high; });
  document.querySelectorAll(".b-mid").forEach(function (el) { el.textContent = BANDS.mid; });

  render();
  fitToHeader();
  // For tests and the load benchmark: the state, the exports, and when the first paint came.
  const api = {
    ready: false, loadMs: null, readyAt: null,
    state: function () {
      return { pairs: links.filter(isActive).length, rejected: links.filter(function (l) { return !isActive(l); }).length,
               rows: units.filter(function (u) { return u.kind !== "doc"; }).length, cursor: cursor };
    },
    corrections: corrections, tmx: tmx, tsv: tsv,
  };
  window.alignerReview = api;
  requestAnimationFrame(function () {
    setTimeout(function () {
      api.readyAt = performance.now();  // since navigation start
      api.loadMs = api.readyAt - started;  // of which this script
      api.ready = true;
    }, 0);
  });
})();
