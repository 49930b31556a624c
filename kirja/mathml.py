"""Sphinx extension: formulas as MathML written at build time.

Browsers (Chromium, Firefox, Safari) show MathML natively, so the book needs no MathJax
script from a CDN, works offline and prints to PDF as it is shown. ``latex2mathml``
converts the LaTeX of the lessons' formulas (``\\frac``, ``\\text``, ``\\cdot``, …).
"""

from __future__ import annotations

from docutils import nodes
from latex2mathml.converter import convert


def _inline(self, node: nodes.Element) -> None:
    self.body.append(f'<span class="math">{convert(node.astext(), display="inline")}</span>')
    raise nodes.SkipNode


def _block(self, node: nodes.Element) -> None:
    lauseke = " ".join(node.astext().split())
    self.body.append(f'<div class="math notranslate">{convert(lauseke, display="block")}</div>')
    raise nodes.SkipNode


def setup(app):
    app.add_html_math_renderer("mathml", (_inline, None), (_block, None))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
