// chitieu serve: small enhancements; every page also works without this script.
(function () {
  "use strict";

  // Upload: send with XMLHttpRequest to show upload progress, then follow to the job page.
  var form = document.getElementById("upload");
  if (form && window.FormData) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var box = document.getElementById("upload-progress");
      var bar = box.querySelector("progress");
      var error = document.getElementById("upload-error");
      var button = document.getElementById("submit");
      error.hidden = true;
      box.hidden = false;
      button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener("load", function () {
        if (xhr.status < 400) { window.location.assign(xhr.responseURL); return; }
        var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var msg = doc.getElementById("error-message");
        error.textContent = msg ? msg.textContent : ("HTTP " + xhr.status);
        error.hidden = false;
        box.hidden = true;
        button.disabled = false;
      });
      xhr.addEventListener("error", function () {
        error.textContent = "HTTP error";
        error.hidden = false;
        box.hidden = true;
        button.disabled = false;
      });
      xhr.send(new FormData(form));
    });
  }

  // Progress page: poll the job's status and go to the result when it is ready.
  var job = document.getElementById("job-progress");
  if (job) {
    var poll = function () {
      fetch(job.dataset.status, {cache: "no-store"}).then(function (r) { return r.json(); })
        .then(function (s) {
          if (s.state === "done" || s.state === "failed" || s.state === "gone") {
            window.location.replace(job.dataset.result);
            return;
          }
          var bar = job.querySelector("progress");
          bar.value = Math.round(100 * s.done / Math.max(1, s.total));
          document.getElementById("step").textContent = s.step;
          window.setTimeout(poll, 600);
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 300);
  }

  // Verdict page: on a phone the documents' metadata starts folded, the table first.
  if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) {
    Array.prototype.forEach.call(document.querySelectorAll("details.meta"), function (d) { d.open = false; });
  }

  // Verdict page: filters apply on change; a click on a row opens its details.
  var filters = document.getElementById("filters");
  if (filters) {
    filters.addEventListener("change", function () { filters.submit(); });
  }
  var table = document.getElementById("verdicts");
  if (table) {
    table.addEventListener("click", function (ev) {
      var row = ev.target.closest("tr.row");
      if (!row || (ev.target.closest("a") && !ev.target.closest("a.open"))) { return; }
      ev.preventDefault();
      if (location.hash) { history.replaceState(null, "", location.pathname + location.search); }
      var detail = document.getElementById(row.dataset.detail);
      var open = !detail.classList.contains("open");
      detail.classList.toggle("open", open);
      row.querySelector("a.open").setAttribute("aria-expanded", String(open));
    });
    if (location.hash.indexOf("#detail-") === 0) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) { target.classList.add("open"); }
    }
  }

  // Document page: bring the figure a row links to into view and show its details.
  var text = document.getElementById("doctext");
  if (text) {
    // Open a figure's details towards the side of the page that has room.
    var place = function (ev) {
      var mark = ev.target.closest && ev.target.closest("mark");
      if (!mark) { return; }
      var box = mark.getBoundingClientRect();
      mark.classList.toggle("tip-left", box.left > window.innerWidth / 2);
    };
    text.addEventListener("mouseover", place);
    text.addEventListener("focusin", place);
  }
  if (text && location.hash) {
    var el = document.getElementById(location.hash.slice(1));
    if (el && el.tagName !== "MARK") { el = el.nextElementSibling; }
    if (el) {
      el.classList.add("focus");
      el.scrollIntoView({block: "center"});
      el.focus({preventScroll: true});
    }
  }
})();
