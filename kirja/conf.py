"""Sphinx settings for the course book (Finnish HTML; PDF through Chromium's print).

Do not run Sphinx on this folder directly: ``python tyokalut/kirja.py`` gathers the stored
notebooks, the exercise and solution notebooks and the teacher's guide into one source folder
(so that the notebooks' relative links such as ``../exercises/…ipynb`` resolve) and builds it
with this configuration. Nothing is executed and nothing is fetched from the network.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

project = "Asiakkuuksien hallinta"
author = "Asiakkuuksien hallinta -kurssin tekijät"
copyright = "kurssin tekijät, MIT-lisenssi"
language = "fi"  # <html lang="fi"> and the Finnish search stemmer

extensions = ["myst_nb", "mathml", "linkit"]
root_doc = "index"
exclude_patterns = ["**/.ipynb_checkpoints"]

# Stored notebooks as they are: outputs and figures from the repository, no kernel.
nb_execution_mode = "off"
# The stored notebooks hold no widget state (tyokalut/muistiot.py removes it), and the
# default would load the widget manager from a CDN.
nb_ipywidgets_js = {}
nb_merge_streams = True
# Markdown that cells print (the glossary tables, lesson 7 plans) with the same MyST parser
# as the text cells: tables become tables.
nb_render_markdown_format = "myst"
myst_enable_extensions = ["dollarmath", "colon_fence"]
myst_heading_anchors = 3

# Formulas become MathML at build time (mathml.py): no MathJax from a CDN.
html_math_renderer = "mathml"

html_theme = "sphinx_book_theme"
html_title = "Asiakkuuksien hallinta"
html_static_path = ["_static"]
html_css_files = ["kirja.css"]
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
html_theme_options = {
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "use_download_button": False,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "use_source_button": False,
    "use_issues_button": False,
    "use_edit_page_button": False,
    "navigation_with_keys": False,
    "show_toc_level": 2,
}
