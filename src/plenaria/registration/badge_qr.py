"""QR codes for badges, drawn as vector squares, fast enough for thousands at once."""

from functools import cache

from reportlab.graphics.barcode import qrencoder

# The Reed-Solomon generator polynomial depends only on the number of correction codewords,
# yet ReportLab rebuilds it for every code (a third of the time); it is never modified, so
# one copy per length is kept.
_generator = qrencoder.QRUtil.getErrorCorrectPolynomial
if not hasattr(_generator, "cache_info"):
    qrencoder.QRUtil.getErrorCorrectPolynomial = staticmethod(cache(_generator))


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code of ``text``, row by row."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    # A fixed mask is valid for every reader and spares trying all eight (8 ms a code).
    code.makeImpl(False, 2)
    return code.modules


def qr_operators(text: str, x: float, y: float, size: float) -> str:
    """PDF operators filling the dark modules, one rectangle per horizontal run of them,
    in a coordinate system of one unit per module (integers print quickly and compactly)."""
    modules = qr_modules(text)
    count = len(modules)
    scale = size / count
    parts = [f"q {scale:.4f} 0 0 {scale:.4f} {x:.2f} {y:.2f} cm 0 g"]
    for row, cells in enumerate(modules):
        top = count - 1 - row
        column = 0
        while column < count:
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < count and cells[column]:
                column += 1
            parts.append(f"{start} {top} {column - start} 1 re")
    parts.append("f Q")
    return "\n".join(parts)
