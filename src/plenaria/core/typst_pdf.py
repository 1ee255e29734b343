"""A Typst template compiled to PDF, with the fonts of the folders named, in this process.

One compiler per template and process: fonts are indexed once and layouts are cached between
runs; a compiler is not meant to be used by two threads at once, hence the lock."""

import threading
from functools import cached_property
from pathlib import Path

import typst


class TypstTemplate:
    def __init__(self, template: Path, font_dirs: list[str]):
        self.template = template
        self.font_dirs = font_dirs
        self._lock = threading.Lock()

    @cached_property
    def _compiler(self) -> typst.Compiler:
        fonts = typst.Fonts(
            include_system_fonts=False,
            include_embedded_fonts=True,
            font_paths=[folder for folder in self.font_dirs if Path(folder).is_dir()],
        )
        return typst.Compiler(self.template, font_paths=fonts, ignore_system_fonts=True)

    def pdf(self, **inputs: str) -> bytes:
        """The PDF of the template given ``inputs`` (each read in Typst with ``sys.inputs``)."""
        with self._lock:
            return self._compiler.compile(format="pdf", sys_inputs=inputs)
