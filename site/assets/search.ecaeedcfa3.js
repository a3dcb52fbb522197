/* The search page: builds a lunr index of the briefings (window.briefingSearchData, written by the
   build) when the page loads, and lists the briefings that hold every word searched for, each word
   also matching as the start of a longer one. Nothing typed is sent or stored: the words stay in
   this page and its address. Without this script the page says search needs JavaScript. */
(function () {
  "use strict";

  var documents = window.briefingSearchData;
  var form = document.querySelector("[data-search-form]");
  var unavailable = document.querySelector("[data-search-unavailable]");
  var status = document.querySelector("[data-search-status]");
  var results = document.querySelector("[data-search-results]");
  if (!window.lunr || !Array.isArray(documents) || !form || !status || !results) return;
  var input = form.querySelector("input[name=q]");
  var root = "../"; // the page is search/index.html
  var shown = 100;  // results listed at most; the count says how many more there are
  var pageTitle = document.title;

  // Words are cut where the build cut them (Sources/BriefingEngine/Search/SearchWords.swift).
  lunr.tokenizer.separator = /[\s\-\u2013\u2014'\u2019]+/;
  var index = null;

  /* lunr's index of every briefing, built once: after the page has shown, or at the first search. */
  function built() {
    index = index || lunr(function () {
      this.ref("position");
      this.field("title", { boost: 10 });
      this.field("topics", { boost: 5 });
      this.field("summary", { boost: 2 });
      this.field("questions", { boost: 2 });
      this.field("audiences");
      this.field("words");
      documents.forEach(function (briefing, position) {
        this.add({
          position: String(position), title: briefing.title, topics: briefing.topics, summary: briefing.summary,
          questions: briefing.questions, audiences: briefing.audiences, words: briefing.words
        });
      }, this);
    });
    return index;
  }

  /* The words of a search as lunr indexed the briefings' words: trimmed, without the commonest. */
  function words(text) {
    return lunr.tokenizer(text)
      .map(function (token) { return lunr.stopWordFilter(lunr.trimmer(token)); })
      .filter(function (token) { return token && token.toString() !== ""; })
      .map(function (token) { return token.toString(); });
  }

  /* Briefings holding every word (as it is, or as the start of a longer word), best first. */
  function search(text) {
    var scores = null;
    words(text).forEach(function (word) {
      var found = {};
      built().query(function (query) {
        query.term(word, { boost: 10 });
        if (word.length >= 3) query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      }).forEach(function (match) { found[match.ref] = match.score; });
      if (scores === null) {
        scores = found;
        return;
      }
      Object.keys(scores).forEach(function (ref) {
        if (ref in found) scores[ref] += found[ref];
        else delete scores[ref];
      });
    });
    return Object.keys(scores || {})
      .map(function (ref) { return { position: Number(ref), score: scores[ref] }; })
      .sort(function (a, b) { return b.score - a.score || a.position - b.position; });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function item(briefing) {
    var entry = element("li", "briefing-list__item");
    var title = entry.appendChild(element("p", "heading-m briefing-list__title"));
    var link = title.appendChild(element("a", "", briefing.title));
    link.href = root + briefing.url;
    if (briefing.status) {
      title.appendChild(document.createTextNode(" "));
      title.appendChild(element("strong", "tag", briefing.status));
    }
    if (briefing.topics.length) entry.appendChild(element("p", "meta", "Topics: " + briefing.topics.join(", ")));
    entry.appendChild(element("p", "", briefing.summary));
    return entry;
  }

  function show(text) {
    while (results.firstChild) results.removeChild(results.firstChild);
    var found = text ? search(text) : [];
    found.slice(0, shown).forEach(function (hit) { results.appendChild(item(documents[hit.position])); });
    results.hidden = found.length === 0;
    var quoted = "\u2018" + text + "\u2019";
    var count = found.length === 1 ? "1 briefing" : found.length + " briefings";
    status.textContent = !text ? ""
      : found.length === 0 ? "No briefings found for " + quoted + ". Check the spelling or try another word."
      : count + " found for " + quoted + "." + (found.length > shown ? " The first " + shown + " are shown: add a word to narrow the search." : "");
    document.title = text ? "Results for " + quoted + " \u2013 " + pageTitle : pageTitle;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    show(text);
    // Keeps the search in the address, for Back and a reload; a page opened from disk may refuse.
    try {
      history.replaceState(null, "", text ? "?q=" + encodeURIComponent(text) : location.href.split(/[?#]/)[0]);
    } catch (refused) { /* the results are shown all the same */ }
  });

  form.hidden = false;
  if (unavailable) unavailable.hidden = true;
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    show(asked.trim());
  } else {
    setTimeout(built, 0);
  }
})();
