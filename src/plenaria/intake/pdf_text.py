"""The text layer of a PDF, read in a child process with bounded time, memory and size.

A PDF is a program of sorts: a 16 KB file can hold a compressed stream that expands to hundreds
of megabytes, or a page tree that takes a minute to walk. Read inside the web worker, such a
file held the worker for a minute and, past the server's timeout, got it killed (a 500 for the
uploader, a lost worker for everyone else). So the parsing happens in a child process:

- the worker forks (a few milliseconds: pypdf is already loaded, nothing is started anew); the
  child's address space may grow by ``memory_bytes`` at most (``RLIMIT_AS``) and it may use
  ``seconds`` of processor time (``RLIMIT_CPU``);
- the parent waits ``seconds`` of wall-clock time for the answer, then kills the child;
- inside it, pypdf's own decompression limits are lowered to ``max_expanded_bytes`` per stream,
  and a document with more than ``max_pages`` pages is refused before any page is read.

The child touches nothing of the parent's (no database, no files): it parses, writes one JSON
object to a pipe — ``{"text": "…"}`` or ``{"error": "<code>"}`` — and leaves with
``os._exit``. Where there is no ``fork`` the PDF is read in the process, with pypdf's limits
only. The reader turns an error code into the user's message.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import time
from dataclasses import dataclass

# Codes the child or the parent can give.
TOO_COMPLEX = "too_complex"  # past the time, memory or expansion bounds
TOO_MANY_PAGES = "too_many_pages"
ENCRYPTED = "encrypted"
DAMAGED = "damaged"
PARSING_BUDGET = 250_000


@dataclass(frozen=True)
class PdfLimits:
    seconds: float = 5.0
    memory_bytes: int = 512 * 1024 * 1024
    max_pages: int = 200
    max_expanded_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 2_000_000


@dataclass(frozen=True)
class PdfOutcome:
    text: str = ""
    error: str = ""


def extract_text(data: bytes, limits: PdfLimits) -> PdfOutcome:
    """Read ``data`` in a child process; an outcome with ``error`` set when it cannot."""
    import pypdf  # noqa: F401 - loaded once in the parent, so that a child starts at once

    if not hasattr(os, "fork"):  # pragma: no cover - every server this runs on has fork
        return _outcome(_read(data, limits))
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage does not follow it
        _child(readable, writable, data, limits)
    os.close(writable)
    try:
        output = _read_until(readable, time.monotonic() + limits.seconds)
    finally:
        os.close(readable)
    if output is None:
        _kill(pid)
        return PdfOutcome(error=TOO_COMPLEX)
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        # Killed by the processor-time limit (SIGXCPU, SIGKILL), or out of memory.
        return PdfOutcome(error=TOO_COMPLEX)
    try:
        return _outcome(json.loads(output))
    except ValueError:
        return PdfOutcome(error=DAMAGED)


def _outcome(answer: dict) -> PdfOutcome:
    if answer.get("error"):
        return PdfOutcome(error=str(answer["error"]))
    return PdfOutcome(text=str(answer.get("text", "")))


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes, or ``None`` when the deadline passes first."""
    chunks = []
    with selectors.DefaultSelector() as selector:  # poll/epoll: no limit on descriptor numbers
        selector.register(fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have just finished
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _child(readable: int, writable: int, data: bytes, limits: PdfLimits) -> None:
    code = 1
    try:
        os.close(readable)
        _limit_resources(limits)
        payload = json.dumps(_read(data, limits)).encode()
        view = memoryview(payload)
        while view:
            view = view[os.write(writable, view) :]
        code = 0
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _limit_resources(limits: PdfLimits) -> None:
    import resource

    cpu = max(1, int(limits.seconds + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # The child starts as a copy of the worker: it may grow by memory_bytes beyond that.
    ceiling = _address_space() + limits.memory_bytes
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or ceiling < hard:
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):  # not Linux: a generous guess at a worker's size
        return 1024 * 1024 * 1024


# -- the child ---------------------------------------------------------------------------------


def _pypdf_bounds(max_bytes: int) -> dict:
    return {
        "maximum_declared_stream_length": max_bytes,
        "array_based_stream_maximum_output_length": max_bytes,
        "jbig2_maximum_output_length": max_bytes,
        "lzw_maximum_output_length": max_bytes,
        "run_length_maximum_output_length": max_bytes,
        "zlib_maximum_output_length": max_bytes,
        "brotli_maximum_output_length": max_bytes,
        "flate_maximum_buffer_size": max_bytes,
        "image_maximum_buffer_size": max_bytes,
        "stream_decoding_work_maximum_length": 4 * max_bytes,
        "xfa_decoding_work_maximum_length": 4 * max_bytes,
        # Operators and operands in one content stream: a dense letter page has some ten
        # thousand; pypdf's own budget (two million) lets a 40 KB file hold a worker 17 s.
        "stream_parsing_work_maximum_count": PARSING_BUDGET,
    }


def _read(data: bytes, limits: PdfLimits) -> dict:
    import io
    import warnings

    import pypdf
    from pypdf.errors import LimitReachedError

    known = set(pypdf.Configuration.__dataclass_fields__)
    bounds = {k: v for k, v in _pypdf_bounds(limits.max_expanded_bytes).items() if k in known}
    warnings.simplefilter("ignore")
    try:
        with pypdf.apply_configuration(**bounds):
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    reader.decrypt("")
                except Exception:
                    return {"error": ENCRYPTED}
            if len(reader.pages) > limits.max_pages:
                return {"error": TOO_MANY_PAGES}
            pages, size = [], 0
            for page in reader.pages:
                text = page.extract_text() or ""
                size += len(text)
                if size > limits.max_text_chars:
                    return {"error": TOO_COMPLEX}
                pages.append(text)
    except (LimitReachedError, MemoryError, RecursionError):
        return {"error": TOO_COMPLEX}
    except Exception as error:  # a damaged PDF can fail anywhere inside the parser
        if isinstance(error.__context__, MemoryError):
            return {"error": TOO_COMPLEX}
        return {"error": DAMAGED}
    return {"text": "\n\n".join(page.strip("\n") for page in pages)}
