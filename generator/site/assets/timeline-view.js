/* The drawn timeline of news-timelines: a zoomable, scrollable axis above each list
 * view, drawn by vis-timeline (shipped in the site, loaded only on pages that have a
 * drawn timeline). Its events come from a JSON file next to the page's data, so the
 * page's HTML does not grow with the collection.
 *
 * The page holds <div class="nt-drawn" data-src=… data-root=… data-lib=… hidden>;
 * without JavaScript it stays hidden and the list below is the timeline.
 *
 * View data: {articles: [{id, title, url, source, folder, tags}],
 *             events: [[article, start, end, label, sentence, flags, text]],
 *             key_dates: [{day, label}]}; flags: 1 vague span, 2 key date.
 */
(function () {
  "use strict";

  var VAGUE = 1, KEY = 2;
  var DAY = 24 * 3600 * 1000;
  var MAX_ARTICLE_GROUPS = 150; // more rows than this is a wall, not a timeline
  var library = null;

  function loadLibrary(base) {
    if (window.vis && window.vis.Timeline) return Promise.resolve(window.vis);
    if (library) return library;
    library = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = base + "vis-timeline-graph2d.min.css";
      // Before our own stylesheet, so that ours (colours of the palettes) wins.
      var ours = document.querySelector('link[href*="news-timelines/timeline-view.css"]');
      document.head.insertBefore(css, ours || null);
      var script = document.createElement("script");
      script.src = base + "vis-timeline-graph2d.min.js";
      script.onload = function () { resolve(window.vis); };
      script.onerror = function () { library = null; reject(new Error("library not loaded")); };
      document.head.appendChild(script);
    });
    return library;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function day(text) { // "2015-05-03" → local midnight, so a day sits on its own tick
    var p = text.split("-");
    var d = new Date(0);
    d.setFullYear(+p[0], +p[1] - 1, +p[2]);
    d.setHours(0, 0, 0, 0);
    return d;
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function labelled(labelText, control) {
    var label = element("label", { class: "nt-drawn-field" });
    label.appendChild(element("span", {}, labelText));
    label.appendChild(control);
    return label;
  }

  function select(options) { // options: [[value, text]]
    var node = element("select");
    options.forEach(function (o) { node.appendChild(element("option", { value: o[0] }, o[1])); });
    return node;
  }

  function distinct(values) {
    var seen = {};
    return values.filter(function (v) {
      if (v === null || v === undefined || v === "" || seen["k" + v]) return false;
      seen["k" + v] = true;
      return true;
    }).sort(function (a, b) { return String(a).localeCompare(String(b)); });
  }

  // -- thinning: the axis never holds more than about LIMIT items ------------------
  // Events that share one span ("2004" said in 900 articles) become one item with a
  // count; when a window still holds too many, the narrow ones are counted in
  // buckets across the window ("37 events"). Zooming in splits them again.
  var LIMIT = 90, BUCKET_PX = 36; // a bucket is wide enough for its count

  function Drawn(container, vis, data) {
    this.container = container;
    this.vis = vis;
    this.data = data;
    this.root = container.getAttribute("data-root") || "./";
    this.single = data.articles.length === 1;
    this.build();
  }

  Drawn.prototype.build = function () {
    var self = this, data = this.data, articles = data.articles;
    var container = this.container;
    container.textContent = "";

    // -- controls ---------------------------------------------------------------
    var bar = element("div", { class: "nt-drawn-controls", role: "toolbar",
                               "aria-label": "Drawn timeline controls" });
    this.words = element("input", { type: "search", placeholder: "words to find",
                                    autocomplete: "off" });
    bar.appendChild(labelled("Filter", this.words));
    var sources = distinct(articles.map(function (a) { return a.source; }));
    var folders = distinct(articles.map(function (a) { return a.folder; }));
    var tags = distinct([].concat.apply([], articles.map(function (a) { return a.tags; })));
    if (!this.single) {
      var groupOptions = [["", "nothing"], ["article", "article"]];
      if (sources.length) groupOptions.push(["source", "source"]);
      if (folders.length > 1) groupOptions.push(["folder", "folder"]);
      this.groupBy = select(groupOptions);
      bar.appendChild(labelled("Group by", this.groupBy));
      var titles = articles.map(function (a, i) { return [String(i), a.title]; })
        .sort(function (a, b) { return a[1].localeCompare(b[1]); });
      this.article = select([["", "all articles"]].concat(titles));
      bar.appendChild(labelled("Article", this.article));
    }
    if (sources.length > 1) {
      this.source = select([["", "all sources"]].concat(sources.map(function (s) { return [s, s]; })));
      bar.appendChild(labelled("Source", this.source));
    }
    if (folders.length > 1) {
      this.folder = select([["", "all folders"]].concat(folders.map(function (s) { return [s, s]; })));
      bar.appendChild(labelled("Folder", this.folder));
    }
    if (tags.length) {
      this.tag = select([["", "all tags"]].concat(tags.map(function (s) { return [s, s]; })));
      bar.appendChild(labelled("Tag", this.tag));
    }
    var zoom = element("span", { class: "nt-drawn-zoom" });
    [["−", "Zoom out", function () { self.timeline.zoomOut(0.6); }],
     ["+", "Zoom in", function () { self.timeline.zoomIn(0.6); }],
     ["Fit", "Show every event", function () { self.fit(); }]].forEach(function (b) {
      var button = element("button", { type: "button", class: "md-button nt-drawn-button",
                                       title: b[1], "aria-label": b[1] }, b[0]);
      button.addEventListener("click", b[2]);
      zoom.appendChild(button);
    });
    bar.appendChild(zoom);
    container.appendChild(bar);
    this.status = element("p", { class: "nt-drawn-status", "aria-live": "polite" });
    container.appendChild(this.status);

    // -- the axis -----------------------------------------------------------------
    this.axis = element("div", {
      class: "nt-drawn-axis", tabindex: "0", role: "application",
      "aria-roledescription": "timeline",
      "aria-label": "Drawn timeline. Left and right arrows move from event to event, " +
        "Enter opens one, + and − zoom, 0 shows every event."
    });
    container.appendChild(this.axis);
    this.detail = element("div", { class: "nt-drawn-detail", "aria-live": "polite" });
    this.detail.appendChild(element("p", { class: "nt-drawn-hint" },
      "Click an event, or focus the timeline and use the arrow keys, to read its sentence."));
    container.appendChild(this.detail);

    // -- events -------------------------------------------------------------------
    this.events = data.events.map(function (e, i) {
      var start = day(e[1]).getTime(), point = e[1] === e[2];
      var a = articles[e[0]];
      return { index: i, start: start, end: point ? start : day(e[2]).getTime() + DAY, point: point,
               span: e[1] + e[2],
               row: e, article: a, text: (e[6] + " " + a.title + " " + e[3]).toLowerCase(),
               group: null };
    });
    this.count = this.events.length;
    this.shown = new Uint8Array(this.count).fill(1);
    this.selected = -1;
    this.members = {}; // drawn item id → the event indexes it stands for
    this.items = new this.vis.DataSet();
    this.keyDays = (data.key_dates || []).map(function (k) { return { start: day(k.day).getTime(), label: k.label }; });
    var bounds = this.bounds(true);
    this.timeline = new this.vis.Timeline(this.axis, this.items, {
      start: bounds[0], end: bounds[1],
      stack: true, zoomMin: 3 * DAY, zoomMax: 2500 * 365 * DAY,
      minHeight: 160, maxHeight: this.single ? 420 : 520, verticalScroll: true,
      zoomKey: "ctrlKey", horizontalScroll: false, showCurrentTime: false,
      selectable: true, multiselect: false, dataAttributes: ["id"],
      tooltip: { followMouse: false, delay: 300 },
      margin: { item: { horizontal: 1, vertical: 4 } },
      orientation: { axis: "top", item: "top" },
      xss: { disabled: false }
    });

    this.timeline.on("rangechanged", function () { self.draw(); });
    this.timeline.on("select", function (props) {
      var id = props.items && props.items[0];
      if (id !== undefined && self.members[id]) self.choose(id);
    });
    this.axis.addEventListener("keydown", function (event) { self.key(event); });
    var typing = null; // refilter once the reader pauses, not at every key
    this.words.addEventListener("input", function () {
      clearTimeout(typing);
      typing = setTimeout(function () { self.refilter(); }, 200);
    });
    [this.article, this.source, this.folder, this.tag, this.groupBy].forEach(function (c) {
      if (c) c.addEventListener("change", function () { self.refilter(); });
    });
    this.refilter();
  };

  // The window that shows the shown events; `core` leaves out the earliest and latest
  // 1% (a stray "the 0s" must not squeeze two thousand years of news into a corner).
  Drawn.prototype.bounds = function (core) {
    var starts = [], ends = [];
    for (var i = 0; i < this.count; i++) {
      if (!this.shown[i]) continue;
      var e = this.events[i];
      starts.push(e.start);
      ends.push(e.point ? e.start + DAY : e.end);
    }
    if (!starts.length) return [new Date(Date.now() - 365 * DAY), new Date()];
    var cut = core && starts.length >= 100 ? Math.floor(starts.length / 100) : 0;
    starts.sort(function (a, b) { return a - b; });
    ends.sort(function (a, b) { return a - b; });
    var first = starts[cut], last = ends[ends.length - 1 - cut];
    var pad = Math.max((last - first) * 0.04, 2 * DAY);
    return [new Date(first - pad), new Date(last + pad)];
  };

  Drawn.prototype.fit = function (core) {
    var b = this.bounds(core);
    this.timeline.setWindow(b[0], b[1], { animation: false });
  };

  Drawn.prototype.refilter = function () {
    var words = (this.words.value || "").toLowerCase().split(/\s+/).filter(Boolean);
    var article = this.article ? this.article.value : "";
    var source = this.source ? this.source.value : "";
    var folder = this.folder ? this.folder.value : "";
    var tag = this.tag ? this.tag.value : "";
    var shown = 0;
    for (var i = 0; i < this.count; i++) {
      var e = this.events[i], a = e.article;
      var ok = (!article || String(e.row[0]) === article) && (!source || a.source === source) &&
        (!folder || a.folder === folder) && (!tag || a.tags.indexOf(tag) >= 0);
      for (var w = 0; ok && w < words.length; w++) ok = e.text.indexOf(words[w]) >= 0;
      this.shown[i] = ok ? 1 : 0;
      shown += ok ? 1 : 0;
    }
    this.visible = shown;
    this.regroup();
    this.status.textContent = (shown === this.count ? "" : "Showing " + shown + " of ") +
      this.count + " dated event" + (this.count === 1 ? "" : "s") + ". " +
      (this.note ? this.note + " " : "") +
      "Drag or use the arrow keys to move along it; zoom with the buttons, + and −, or ctrl and the wheel.";
    if (shown && this.drawn !== undefined) this.fit(true); // a filter shows what it kept
    this.draw();
  };

  Drawn.prototype.regroup = function () {
    var by = this.groupBy ? this.groupBy.value : "", self = this;
    this.note = "";
    if (!by && !this.groupSignature) return; // ungrouped, and it was
    var names = {}, list = [];
    if (by) {
      this.events.forEach(function (e) {
        if (!self.shown[e.index]) return;
        var name = by === "article" ? e.article.title : (e.article[by] || "(no " + by + ")");
        var key = by === "article" ? "a" + e.row[0] : "g" + name;
        if (!(key in names)) { names[key] = list.length; list.push(name); }
      });
      if (by === "article" && list.length > MAX_ARTICLE_GROUPS) {
        this.note = list.length + " articles: filter to at most " + MAX_ARTICLE_GROUPS +
          " to give each its own row.";
        by = "";
      }
    }
    this.events.forEach(function (e) {
      if (!by) { e.group = null; return; }
      var key = by === "article" ? "a" + e.row[0] : "g" + (e.article[by] || "(no " + by + ")");
      e.group = key in names ? names[key] : null;
    });
    var signature = by ? by + "\n" + list.join("\n") : "";
    if (signature === this.groupSignature) return; // the rows are as they were
    this.groupSignature = signature;
    this.timeline.setGroups(by ? new this.vis.DataSet(list.map(function (name, i) {
      return { id: i, content: escapeHtml(name.length > 40 ? name.slice(0, 39) + "…" : name),
               title: escapeHtml(name) };
    })) : null);
  };

  // The items for the current window: every event when few, else thinned.
  Drawn.prototype.draw = function () {
    var win = this.timeline.getWindow();
    var ws = win.start.getTime(), we = win.end.getTime(), width = we - ws;
    var inside = [];
    for (var i = 0; i < this.count; i++) {
      var e = this.events[i];
      if (this.shown[i] && e.start < we && (e.point ? e.start + DAY : e.end) > ws) inside.push(e);
    }
    var units;
    if (inside.length <= LIMIT) {
      units = inside.map(function (e) { return [e]; });
    } else {
      var same = {}; // one unit per span (and group)
      units = [];
      inside.forEach(function (e) {
        var key = e.group + "|" + e.span;
        if (!(key in same)) { same[key] = units.length; units.push([]); }
        units[same[key]].push(e);
      });
      if (units.length > LIMIT) units = this.bucket(units, ws, width);
    }
    this.members = {};
    var self = this, selected = null;
    var items = units.map(function (unit) { return self.item(unit, ws, width); });
    items.forEach(function (item) {
      if (self.members[item.id].indexOf(self.selected) >= 0) selected = item.id;
    });
    this.drawn = items.length; // events drawn, each alone or standing for several
    this.axis.setAttribute("data-drawn", String(items.length));
    var fresh = {};
    // Key dates: a band at least a few pixels wide, however far out the zoom.
    var least = width / Math.max(this.axis.clientWidth || 600, 1) * 4;
    this.keyDays.forEach(function (k, i) {
      var middle = k.start + DAY / 2, half = Math.max(DAY, least) / 2;
      items.push({ id: "key" + i, start: new Date(middle - half), end: new Date(middle + half),
                   type: "background", className: "nt-keyday", content: "",
                   title: escapeHtml("Key date: " + k.label) });
    });
    // Items kept from the last window are updated in place, not drawn anew.
    items.forEach(function (item) { fresh[item.id] = true; });
    this.items.remove(this.items.getIds().filter(function (id) { return !fresh[id]; }));
    this.items.update(items);
    this.timeline.setSelection(selected === null ? [] : [selected]);
  };

  // Too many spans in the window: the wide ones stay, the narrow ones are counted in
  // buckets across the window.
  Drawn.prototype.bucket = function (units, ws, width) {
    var span = function (u) { return u[0].end - u[0].start; };
    units.sort(function (a, b) { return span(b) - span(a) || b.length - a.length; });
    var count = this.buckets(), step = width / count, buckets = {};
    // Spans at least two buckets wide stay drawn (a third of the items at most).
    var keep = units.slice(0, Math.floor(LIMIT / 3)).filter(function (u) { return span(u) >= 2 * step; });
    var out = keep.slice();
    units.slice(keep.length).forEach(function (u) {
      var e = u[0], b = Math.max(0, Math.min(count - 1, Math.floor((Math.max(e.start, ws) - ws) / step)));
      var key = e.group + "|" + b;
      if (!(key in buckets)) {
        buckets[key] = out.length;
        var fresh = [];
        fresh.bucket = b;
        out.push(fresh);
      }
      Array.prototype.push.apply(out[buckets[key]], u);
    });
    return out;
  };

  Drawn.prototype.buckets = function () {
    return Math.max(6, Math.floor((this.axis.clientWidth || 600) / BUCKET_PX));
  };

  Drawn.prototype.item = function (unit, ws, width) {
    var e = unit[0], n = unit.length, single = n === 1;
    var id = single ? "e" + e.index : "u" + e.index + "x" + n;
    this.members[id] = unit.map(function (m) { return m.index; });
    var classes = ["nt-item"];
    if (unit.every(function (m) { return m.row[5] & VAGUE; })) classes.push("nt-vague");
    if (unit.some(function (m) { return m.row[5] & KEY; })) classes.push("nt-key");
    var item = { id: id, className: classes.join(" ") };
    if (e.group !== null) item.group = e.group;
    if (unit.bucket !== undefined) { // several spans counted in one stretch of the window
      var step = width / this.buckets();
      item.start = new Date(ws + (unit.bucket + 0.08) * step); // a gap: buckets never touch
      item.end = new Date(ws + (unit.bucket + 0.92) * step);
      item.type = "range";
      item.content = escapeHtml(String(n));
      item.title = escapeHtml(n + " events here: zoom in to see each one");
      item.className += " nt-bucket";
      item.id = "b" + unit.bucket + "g" + e.group + "x" + n;
      this.members[item.id] = this.members[id];
      delete this.members[id];
      return item;
    }
    var label = e.row[3];
    var text = single ? (this.single ? label : label + " · " + e.article.title) : label + " · " + n + " events";
    item.content = escapeHtml(text.length > 60 ? text.slice(0, 59) + "…" : text);
    item.title = escapeHtml(single ? label + ": " + (e.row[6].length > 200 ? e.row[6].slice(0, 199) + "…" : e.row[6])
                                   : label + ": " + n + " events, click to list them");
    item.start = new Date(e.start);
    if (e.point) item.type = "point";
    else { item.type = "range"; item.end = new Date(e.end); }
    return item;
  };

  Drawn.prototype.choose = function (id) {
    var members = this.members[id];
    if (members.length === 1) { this.open(members[0], false); return; }
    this.list(members);
  };

  Drawn.prototype.list = function (members) { // several events in one item: their sentences
    var self = this, shownMax = 12;
    this.detail.textContent = "";
    this.detail.appendChild(element("p", { class: "nt-drawn-when" },
      members.length + " events here. Zoom in (+) to draw each one, or filter by words."));
    var list = element("ul", { class: "nt-drawn-list" });
    members.slice(0, shownMax).forEach(function (i) {
      var e = self.events[i], li = element("li");
      li.appendChild(element("strong", {}, e.row[3]));
      li.appendChild(document.createTextNode(" · " + e.article.title + ": "));
      li.appendChild(element("a", { href: self.sentenceLink(e) }, e.row[6]));
      list.appendChild(li);
    });
    this.detail.appendChild(list);
    if (members.length > shownMax) {
      this.detail.appendChild(element("p", { class: "nt-drawn-hint" },
        "… and " + (members.length - shownMax) + " more."));
    }
  };

  Drawn.prototype.sentenceLink = function (e) {
    var target = new URL(this.root + e.article.url, window.location.href);
    if (target.pathname === window.location.pathname) return "#s" + e.row[4];
    return this.root + e.article.url + "#s" + e.row[4];
  };

  Drawn.prototype.open = function (index, focusLink) {
    var e = this.events[index], row = e.row;
    this.selected = index;
    this.detail.textContent = "";
    var head = element("p", { class: "nt-drawn-when" });
    head.appendChild(element("strong", {}, row[3]));
    if (row[5] & VAGUE) head.appendChild(element("span", { class: "nt-meta" }, " (approximate span)"));
    if (row[5] & KEY) head.appendChild(element("span", { class: "nt-drawn-keylabel" }, " key date"));
    if (!this.single) head.appendChild(document.createTextNode(" · " + e.article.title));
    this.detail.appendChild(head);
    this.detail.appendChild(element("p", { class: "nt-drawn-sentence" }, row[6]));
    var link = element("a", { href: this.sentenceLink(e) }, "Read it in the article");
    var p = element("p");
    p.appendChild(link);
    this.detail.appendChild(p);
    if (focusLink) link.focus();
  };

  Drawn.prototype.step = function (direction) { // the next shown event in date order
    var i = this.selected;
    do {
      i = i < 0 ? (direction > 0 ? 0 : this.count - 1) : i + direction;
    } while (i >= 0 && i < this.count && !this.shown[i]);
    if (i < 0 || i >= this.count) return;
    this.go(i);
  };

  Drawn.prototype.go = function (index) { // select an event and bring it into view
    var e = this.events[index];
    this.selected = index;
    var win = this.timeline.getWindow(), end = e.point ? e.start + DAY : e.end;
    if (e.start < win.start.getTime() || end > win.end.getTime()) {
      this.timeline.moveTo(new Date((e.start + end) / 2), { animation: false });
    } else {
      this.draw();
    }
    this.open(index, false);
  };

  Drawn.prototype.key = function (event) {
    var handled = true;
    switch (event.key) {
      case "ArrowRight": this.step(1); break;
      case "ArrowLeft": this.step(-1); break;
      case "Home": this.selected = -1; this.step(1); break;
      case "End": this.selected = -1; this.step(-1); break;
      case "+": case "=": this.timeline.zoomIn(0.6, { animation: false }); break;
      case "-": case "−": this.timeline.zoomOut(0.6, { animation: false }); break;
      case "0": this.fit(); break;
      case "Enter": case " ":
        if (this.selected < 0) this.step(1);
        if (this.selected >= 0) this.open(this.selected, true);
        break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  };

  function start(container) {
    if (container.getAttribute("data-ready")) return;
    container.setAttribute("data-ready", "1");
    container.hidden = false;
    container.textContent = "Loading the drawn timeline…";
    var lib = container.getAttribute("data-lib");
    Promise.all([
      loadLibrary(lib),
      fetch(container.getAttribute("data-src")).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
    ]).then(function (loaded) {
      container.drawn = new Drawn(container, loaded[0], loaded[1]);
    }).catch(function (error) {
      container.textContent = "The drawn timeline could not be loaded (" + error.message +
        "); the list below holds every event.";
    });
  }

  function startAll() {
    Array.prototype.forEach.call(document.querySelectorAll(".nt-drawn"), start);
  }

  // Material's instant navigation swaps pages without reloading: it announces each.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(startAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
