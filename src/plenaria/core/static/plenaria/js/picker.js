/* Type-ahead pickers: every <select data-picker> becomes a text input with a filtered list
   (ARIA combobox). The select stays in the page, hidden, and is what the form submits; without
   JavaScript it is an ordinary select. Multiple selects become a list of removable chips.
   Matching ignores case and accents, and reads each option's label and its data-search text. */
(function () {
  "use strict";

  var MAX_SHOWN = 100;
  var counter = 0;

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function Picker(select) {
    this.select = select;
    this.multiple = select.multiple;
    this.id = (select.id || "picker-" + ++counter) + "-picker";
    this.entries = [];
    for (var i = 0; i < select.options.length; i++) {
      var option = select.options[i];
      if (option.value === "") continue;
      this.entries.push({
        option: option,
        label: option.textContent,
        text: fold(option.textContent + " " + (option.getAttribute("data-search") || "")),
      });
    }
    this.shown = [];
    this.active = -1;
    this.build();
  }

  Picker.prototype.build = function () {
    var select = this.select;
    var self = this;
    var box = document.createElement("div");
    box.className = "picker" + (this.multiple ? " picker-multiple" : "");
    var input = document.createElement("input");
    input.type = "text";
    input.id = this.id;
    input.className = "picker-input";
    input.autocomplete = "off";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    var list = document.createElement("ul");
    list.id = this.id + "-list";
    list.className = "picker-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("aria-controls", list.id);

    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    if (label) {
      label.htmlFor = input.id;
      if (!label.id) label.id = this.id + "-label";
      list.setAttribute("aria-labelledby", label.id);
    }
    if (select.getAttribute("aria-describedby")) {
      input.setAttribute("aria-describedby", select.getAttribute("aria-describedby"));
    }
    if (select.getAttribute("aria-invalid")) input.setAttribute("aria-invalid", "true");

    if (this.multiple) {
      this.chips = document.createElement("ul");
      this.chips.className = "picker-chips";
      if (label) this.chips.setAttribute("aria-labelledby", label.id);
      box.appendChild(this.chips);
    } else if (select.required) {
      input.required = true;
      select.required = false;
    }
    box.appendChild(input);
    box.appendChild(list);
    // Out of sight but still in the form (and still settable by anything that sets it).
    select.classList.add("picker-source");
    select.setAttribute("aria-hidden", "true");
    select.tabIndex = -1;
    select.addEventListener("change", function () { self.showSelection(); });
    select.parentNode.insertBefore(box, select.nextSibling);
    this.input = input;
    this.list = list;
    this.showSelection();

    input.addEventListener("input", function () { self.open(); });
    input.addEventListener("focus", function () { if (self.multiple) self.open(); });
    input.addEventListener("keydown", function (event) { self.key(event); });
    input.addEventListener("blur", function () {
      window.setTimeout(function () { self.close(true); }, 150);
    });
    list.addEventListener("mousedown", function (event) {
      var item = event.target.closest("li[role=option]");
      if (!item) return;
      event.preventDefault();
      self.pick(self.shown[Number(item.getAttribute("data-index"))]);
    });
  };

  Picker.prototype.showSelection = function () {
    var self = this;
    if (!this.multiple) {
      var chosen = this.select.selectedOptions[0];
      this.input.value = chosen && chosen.value !== "" ? chosen.textContent : "";
      return;
    }
    this.chips.textContent = "";
    this.entries.forEach(function (entry) {
      if (!entry.option.selected) return;
      var chip = document.createElement("li");
      chip.className = "picker-chip";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "picker-chip-remove";
      button.textContent = entry.label + " \u00d7";
      button.setAttribute("aria-label", entry.label + " \u2013 \u00d7");
      button.addEventListener("click", function () {
        entry.option.selected = false;
        self.changed();
        self.input.focus();
      });
      chip.appendChild(button);
      self.chips.appendChild(chip);
    });
  };

  Picker.prototype.changed = function () {
    this.select.dispatchEvent(new Event("change", { bubbles: true }));
  };

  Picker.prototype.open = function () {
    var words = fold(this.input.value).split(/\s+/).filter(Boolean);
    var multiple = this.multiple;
    this.shown = this.entries.filter(function (entry) {
      if (multiple && entry.option.selected) return false;
      return words.every(function (word) { return entry.text.indexOf(word) !== -1; });
    }).slice(0, MAX_SHOWN);
    this.list.textContent = "";
    var self = this;
    this.shown.forEach(function (entry, index) {
      var item = document.createElement("li");
      item.id = self.id + "-option-" + index;
      item.className = "picker-option";
      item.setAttribute("role", "option");
      item.setAttribute("data-index", String(index));
      item.setAttribute("aria-selected", "false");
      item.textContent = entry.label;
      self.list.appendChild(item);
    });
    this.list.hidden = this.shown.length === 0;
    this.input.setAttribute("aria-expanded", this.list.hidden ? "false" : "true");
    this.setActive(this.shown.length ? 0 : -1);
  };

  Picker.prototype.close = function (blurred) {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
    if (blurred && !this.multiple) {
      if (this.input.value.trim() === "") {
        if (this.select.value !== "") {
          this.select.value = "";
          this.changed();
        }
      } else {
        this.showSelection();
      }
    }
    if (blurred && this.multiple) this.input.value = "";
  };

  Picker.prototype.setActive = function (index) {
    var items = this.list.children;
    if (this.active >= 0 && items[this.active]) {
      items[this.active].setAttribute("aria-selected", "false");
      items[this.active].classList.remove("picker-active");
    }
    this.active = index;
    if (index < 0 || !items[index]) {
      this.input.removeAttribute("aria-activedescendant");
      return;
    }
    items[index].setAttribute("aria-selected", "true");
    items[index].classList.add("picker-active");
    this.input.setAttribute("aria-activedescendant", items[index].id);
    items[index].scrollIntoView({ block: "nearest" });
  };

  Picker.prototype.pick = function (entry) {
    if (!entry) return;
    if (this.multiple) {
      entry.option.selected = true;
      this.input.value = "";
    } else {
      this.select.value = entry.option.value;
    }
    this.close(false);
    this.changed();
  };

  Picker.prototype.key = function (event) {
    var open = !this.list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) this.open();
      else this.setActive(Math.min(this.active + 1, this.shown.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (open) this.setActive(Math.max(this.active - 1, 0));
    } else if (event.key === "Enter") {
      if (open && this.active >= 0) {
        event.preventDefault();
        this.pick(this.shown[this.active]);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        this.close(false);
        if (!this.multiple) this.showSelection();
      }
    } else if (event.key === "Backspace" && this.multiple && this.input.value === "") {
      var chosen = this.entries.filter(function (entry) { return entry.option.selected; });
      if (chosen.length) {
        chosen[chosen.length - 1].option.selected = false;
        this.changed();
      }
    }
  };

  function start() {
    var selects = document.querySelectorAll("select[data-picker]");
    for (var i = 0; i < selects.length; i++) {
      if (!selects[i].hasAttribute("data-picker-ready")) {
        selects[i].setAttribute("data-picker-ready", "");
        new Picker(selects[i]);
      }
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
