"""Sphinx extension: links to notebooks inside cell outputs point at the book's pages.

MyST resolves the links of the notebooks' own Markdown cells (``[oppitunti
3](03_asiakkuuden_kate.ipynb)``) to documents. Markdown that a code cell *prints* (for
example the glossary table of ``08_sanasto.ipynb``) is rendered without that step, so its
links would still point at ``.ipynb`` files. This fixes them after references are resolved:
a link to a notebook or Markdown page of the book gets the page's address (or, in the
one-page book, its anchor), and a link to a part that was left out of the book becomes text.
"""

from __future__ import annotations

import posixpath
import re

from docutils import nodes

_SKEEMA = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def _korjaa(app, doctree, docname) -> None:
    perusnimet = {}
    for dokumentti in app.env.all_docs:
        perusnimet.setdefault(posixpath.basename(dokumentti), dokumentti)
    for viite in list(doctree.findall(nodes.reference)):
        osoite = viite.get("refuri", "")
        if not osoite or _SKEEMA.match(osoite) or osoite.startswith(("#", "/")):
            continue
        polku, _, ankkuri = osoite.partition("#")
        if not polku.endswith((".ipynb", ".md")):
            continue
        nimi = polku.rsplit(".", 1)[0]
        kohde = posixpath.normpath(posixpath.join(posixpath.dirname(docname), nimi))
        if kohde not in app.env.all_docs:
            # The one-page book resolves everything from its root page: match by file name.
            kohde = perusnimet.get(posixpath.basename(nimi))
        if kohde is None:
            viite.replace_self(nodes.inline("", "", *viite.children))
            continue
        uusi = app.builder.get_relative_uri(docname, kohde)
        if ankkuri:
            uusi = f"{uusi.split('#')[0]}#{ankkuri}"
        viite["refuri"] = uusi


def setup(app):
    app.connect("doctree-resolved", _korjaa)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
