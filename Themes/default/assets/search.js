// nianbao search: hand-written, no dependencies, works from file:// (the index is
// loaded with <script src>, never fetch). The index format is in the README
// ("搜索索引"); the build writes it (Sources/NianbaoSite/Search/SearchIndex.swift).
//
// On every page: "/" focuses the search box. On search.html: reads ?q=, &year=,
// &region= from the address, runs the search, and lists the results in #results
// (which gets data-state="done" when a search has finished). A new query submits
// the form, so the address always holds the query and can be shared.
(function () {
  'use strict';

  function typing(element) {
    return element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' ||
      element.tagName === 'SELECT' || element.isContentEditable);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var box = document.getElementById('q') || document.getElementById('site-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  var config = document.getElementById('search-config');
  if (!config) return;
  var base = config.getAttribute('data-index');   // the index folder, relative to this page
  var root = config.getAttribute('data-root');    // the site's root, relative to this page
  var resultsList = document.getElementById('results');
  var statusLine = document.getElementById('search-status');
  var box = document.getElementById('q');
  var yearSelect = document.getElementById('filter-year');
  var regionSelect = document.getElementById('filter-region');

  // ---- The index's scripts call these. -------------------------------------
  var meta = null;
  var termShards = {};
  var docShards = {};
  window.NianbaoSearch = {
    meta: function (value) { meta = value; },
    terms: function (number, value) { termShards[number] = value; },
    docs: function (number, value) { docShards[number] = value; }
  };

  var loading = {};
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + path;
        script.onload = resolve;
        script.onerror = function () { reject(new Error(path)); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  // ---- Terms: the same rules as SearchTokenizer.swift. ---------------------
  function isHan(code) { return (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3400 && code <= 0x4DBF); }
  function isWord(code) { return (code >= 97 && code <= 122) || (code >= 48 && code <= 57); }

  function runs(text) {
    var out = [];
    var current = '';
    var currentHan = false;
    function close() { if (current) { out.push({ han: currentHan, text: current }); current = ''; } }
    var folded = text.normalize('NFKC').toLowerCase();
    for (var i = 0; i < folded.length; i++) {
      var code = folded.codePointAt(i);
      var character = String.fromCodePoint(code);
      if (code > 0xFFFF) i++;
      if (isHan(code)) {
        if (!currentHan) { close(); currentHan = true; }
        current += character;
      } else if (isWord(code)) {
        if (currentHan) { close(); currentHan = false; }
        current += character;
      } else {
        close();
      }
    }
    close();
    return out;
  }

  function tokenize(text) {
    var terms = [];
    runs(text).forEach(function (run) {
      if (!run.han) { terms.push(run.text); return; }
      var characters = Array.from(run.text);
      if (characters.length === 1) { terms.push(characters[0]); return; }
      for (var i = 0; i + 1 < characters.length; i++) terms.push(characters[i] + characters[i + 1]);
    });
    return terms.filter(function (term, index) { return terms.indexOf(term) === index; });
  }

  var encoder = new TextEncoder();
  function hash(term) {
    var value = 0x811C9DC5;
    encoder.encode(term).forEach(function (byte) { value = Math.imul(value ^ byte, 0x01000193) >>> 0; });
    return value >>> 0;
  }

  // "40:0,5|1:3,g|*" → { weights: Map(document → weight), common: true }
  function postings(text) {
    var weights = new Map();
    var common = false;
    text.split('|').forEach(function (group) {
      if (group === '*') { common = true; return; }
      var parts = group.split(':');
      var weight = Number(parts[0]);
      var document = 0;
      parts[1].split(',').forEach(function (number, index) {
        document = index === 0 ? parseInt(number, 36) : document + parseInt(number, 36);
        if (!weights.has(document) || weights.get(document) < weight) weights.set(document, weight);
      });
    });
    return { weights: weights, common: common };
  }

  // Which outcome a query asks about, for ranking when its words match every report.
  var outcomes = [['不予公开', 'withheld'], ['行政复议', 'reviews'], ['复议', 'reviews'], ['行政诉讼', 'lawsuits'],
    ['诉讼', 'lawsuits'], ['依申请公开', 'newRequests'], ['公开申请', 'newRequests']];

  function yearOf(document) { return meta.firstYear + meta.years.charCodeAt(document) - 48; }

  function inRanges(document, ranges) {
    return ranges.some(function (range) { return document >= range[0] && document < range[1]; });
  }

  // ---- Search. ---------------------------------------------------------------
  // An outcome named in the query (不予公开, 行政复议, …) ranks by that figure instead of
  // being looked for in the text. The other terms rank reports by how many of them match
  // (at least three in five must), then by where they match (agency name, place, year,
  // text), then by the outcome's figure, then newest year first. A common term (in most
  // reports' text) matches every report.
  function search(query, year, region) {
    var outcome = null;
    var rest = query.normalize('NFKC');
    outcomes.some(function (pair) {
      if (rest.indexOf(pair[0]) < 0) return false;
      outcome = pair[1];
      rest = rest.split(pair[0]).join(' ');
      return true;
    });
    var terms = tokenize(rest);
    if (!terms.length && !outcome) return Promise.resolve({ documents: [], terms: terms });
    return load('meta.js').then(function () {
      var mask = meta.termShards - 1;
      return Promise.all(terms.map(function (term) { return load('t/' + (hash(term) & mask) + '.js'); }));
    }).then(function () {
      var mask = meta.termShards - 1;
      var matches = new Map();  // document → [terms matched, weight]
      var needed = 0;
      terms.forEach(function (term) {
        var entry = termShards[hash(term) & mask][term];
        if (entry === undefined) { needed++; return; }
        var list = postings(entry);
        if (list.common) return;
        needed++;
        list.weights.forEach(function (weight, document) {
          var match = matches.get(document) || [0, 0];
          matches.set(document, [match[0] + 1, match[1] + weight]);
        });
      });
      var rank = new Map();
      if (outcome) meta.top[outcome].forEach(function (document, index) { rank.set(document, index); });
      var candidates = [];
      if (needed === 0) {
        // Nothing to tell reports apart but the outcome: the reports with most of it, else the newest.
        candidates = outcome ? meta.top[outcome].slice() : [];
        if (!outcome) for (var d = 0; d < meta.documents; d++) candidates.push(d);
        candidates.forEach(function (document) { matches.set(document, [0, 0]); });
      } else {
        var least = Math.max(1, Math.ceil(needed * 0.6));
        matches.forEach(function (match, document) { if (match[0] >= least) candidates.push(document); });
      }
      var regionRanges = region ? (meta.regions[region] || []) : null;
      var documents = candidates.filter(function (document) {
        return !(year && String(yearOf(document)) !== year) && !(regionRanges && !inRanges(document, regionRanges));
      });
      documents.sort(function (a, b) {
        var ma = matches.get(a);
        var mb = matches.get(b);
        if (ma[0] !== mb[0]) return mb[0] - ma[0];
        if (ma[1] !== mb[1]) return mb[1] - ma[1];
        var ra = rank.has(a) ? rank.get(a) : Infinity;
        var rb = rank.has(b) ? rank.get(b) : Infinity;
        if (ra !== rb) return ra < rb ? -1 : 1;
        return yearOf(b) - yearOf(a) || a - b;
      });
      return { documents: documents, terms: terms };
    });
  }

  // ---- Results. -------------------------------------------------------------
  // Results come 20 at a time: each 20 load at most 20 document files, most often one or two.
  var page = 20;
  var figureNames = ['新收申请', '予以公开', '不予公开', '行政复议', '行政诉讼'];

  function needles(query) {
    var out = [];
    runs(query).forEach(function (run) { out.push(run.text); });
    tokenize(query).forEach(function (term) { if (out.indexOf(term) < 0) out.push(term); });
    return out.filter(function (needle) { return needle.length > 0; });
  }

  // Appends text to element with every needle inside <mark>.
  function marked(element, text, query) {
    var lower = text.toLowerCase();
    var spans = [];
    needles(query).forEach(function (needle) {
      var from = 0;
      var at;
      while ((at = lower.indexOf(needle, from)) >= 0) { spans.push([at, at + needle.length]); from = at + needle.length; }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var position = 0;
    spans.forEach(function (span) {
      if (span[0] < position) { if (span[1] > position) span[0] = position; else return; }
      if (span[0] > position) element.appendChild(document.createTextNode(text.slice(position, span[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(span[0], span[1]);
      element.appendChild(mark);
      position = span[1];
    });
    if (position < text.length) element.appendChild(document.createTextNode(text.slice(position)));
    return element;
  }

  function paragraph(className) {
    var p = document.createElement('p');
    p.className = className;
    return p;
  }

  // Appends results [from, from + page) to the list; returns the first new link.
  function render(query, found, from) {
    var numbers = found.documents.slice(from, from + page);
    var shardNumbers = numbers.map(function (n) { return Math.floor(n / meta.documentsPerShard); })
      .filter(function (n, i, all) { return all.indexOf(n) === i; });
    return Promise.all(shardNumbers.map(function (n) { return load('d/' + n + '.js'); })).then(function () {
      var first = null;
      numbers.forEach(function (number) {
        var doc = docShards[Math.floor(number / meta.documentsPerShard)][number % meta.documentsPerShard];
        var item = document.createElement('li');
        var heading = document.createElement('h2');
        var link = document.createElement('a');
        link.href = root + doc[3];
        marked(link, doc[0], query);
        link.appendChild(document.createTextNode(' ' + doc[1] + ' 年度报告'));
        heading.appendChild(link);
        item.appendChild(heading);
        item.appendChild(marked(paragraph('where'), doc[1] + ' 年 · ' + (doc[2] || '地区未注明'), query));
        if (doc[5]) item.appendChild(marked(paragraph('snippet'), doc[5], query));
        item.appendChild(paragraph('figures')).textContent = doc[4].map(function (value, index) {
          return figureNames[index] + ' ' + (value === null ? '—' : value.toLocaleString('zh-CN') + ' 件');
        }).join(' · ');
        resultsList.appendChild(item);
        if (!first) first = link;
      });
      var total = found.documents.length;
      var listed = Math.min(total, from + page);
      statusLine.textContent = total === 0 ? '没有找到与“' + query + '”相符的报告。可以换一个词，或只用机关名中的两三个字。'
        : '找到 ' + total + ' 份报告' + (total > listed ? '，已列出前 ' + listed + ' 份' : '') + '。';
      var more = document.getElementById('more-results');
      if (more) more.parentNode.removeChild(more);
      if (total > listed) {
        more = document.createElement('button');
        more.type = 'button';
        more.id = 'more-results';
        more.className = 'more';
        more.textContent = '再列出 ' + Math.min(page, total - listed) + ' 份';
        more.addEventListener('click', function () {
          render(query, found, listed).then(function (link) { if (link) link.focus(); });
        });
        resultsList.parentNode.insertBefore(more, resultsList.nextSibling);
      }
      return first;
    });
  }

  function finish() { resultsList.setAttribute('data-state', 'done'); }

  // ---- Keyboard: arrows move between the box and the result links. ----------
  function resultLinks() { return Array.prototype.slice.call(resultsList.querySelectorAll('li h2 a')); }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = resultLinks();
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    if (document.activeElement === box && event.key === 'ArrowDown') at = -1;
    else if (at < 0) return;
    var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) box.focus();
    else links[Math.min(next, links.length - 1)].focus();
  });

  // Choosing a filter searches again, with the filter in the address.
  [yearSelect, regionSelect].forEach(function (select) {
    if (select) select.addEventListener('change', function () { if (box.value.trim()) select.form.submit(); });
  });

  var params = new URLSearchParams(window.location.search);
  var query = (params.get('q') || '').trim();
  var year = params.get('year') || '';
  var region = params.get('region') || '';
  box.value = query;
  if (yearSelect) yearSelect.value = year;
  if (regionSelect) regionSelect.value = region;
  if (!query) { finish(); return; }
  document.title = query + ' · ' + document.title;
  statusLine.textContent = '正在搜索…';
  search(query, year, region).then(function (found) { return render(query, found, 0); }).then(finish, function (error) {
    statusLine.textContent = '搜索索引没有读全（' + error.message + '）。请确认网站的 search 文件夹完整。';
    finish();
  });
})();
