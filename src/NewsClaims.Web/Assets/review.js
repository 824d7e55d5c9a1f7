// Keyboard shortcuts for the review page. Everything also works without this script: links and forms do the work,
// the keys only press them. j/k move (rows in a list, discrepancies on a detail page), Enter opens the selected row,
// c/d/r record a verdict with the note typed so far, u undoes the last verdict, / jumps to the filter.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-href]"));
  var selected = -1;

  function select(index) {
    if (rows.length === 0) return;
    selected = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle("selected", i === selected); });
    rows[selected].scrollIntoView({ block: "nearest" });
  }

  function press(selector) {
    var element = document.querySelector(selector);
    if (element) { element.click(); return true; }
    return false;
  }

  rows.forEach(function (row, i) {
    row.addEventListener("click", function (event) {
      if (event.target.closest("a, button, input, select, textarea")) return;
      select(i);
      window.location.href = row.getAttribute("data-href");
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var typing = event.target.closest && event.target.closest("input, textarea, select");
    if (typing) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var handled = true;
    switch (event.key) {
      case "j":
        if (rows.length > 0) select(selected + 1); else handled = press("a[rel=next]");
        break;
      case "k":
        if (rows.length > 0) select(selected - 1); else handled = press("a[rel=prev]");
        break;
      case "Enter":
      case "o":
        if (selected >= 0) window.location.href = rows[selected].getAttribute("data-href"); else handled = false;
        break;
      case "c": handled = press("button[data-key=c]"); break;
      case "d": handled = press("button[data-key=d]"); break;
      case "r": handled = press("button[data-key=r]"); break;
      case "u": handled = press("button[data-key=u]"); break;
      case "/":
        var filter = document.getElementById("filter-entity") || document.querySelector("header .search input");
        if (filter) filter.focus(); else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });
})();
