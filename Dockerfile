# Asiakkuuksien hallinta -kurssin konttikuva JupyterHubiin (CSC:n Noppe, kampuksen Zero to
# JupyterHub) ja Binderiin. Ohje: README.md, kohta "Kurssi JupyterHubissa".
#
#   docker build -t asiakkuus --build-arg KURSSI_REPO=https://github.com/OMISTAJA/REPO .
#
# Pohja on Jupyter Docker Stacksin minimal-notebook kiinnitettynä yhteen päiväykseen
# (Python 3.13, JupyterLab 4.5, JupyterHub 5.4 ja git). Päivitä päiväys vain kokeilun jälkeen.
FROM quay.io/jupyter/minimal-notebook:2026-05-31

# Kurssi asennetaan samoin kuin README:n komennolla: pip lukee riippuvuudet tiedostosta
# pyproject.toml (pip install .), joten kuva ja opiskelijan oma kone eivät voi erota.
# Sama asennus tuo nbgitpullerin, joka tuo muistiot opiskelijan kotikansioon.
COPY --chown=${NB_UID}:${NB_GID} pyproject.toml README.md LICENSE /tmp/asiakkuus/
COPY --chown=${NB_UID}:${NB_GID} asiakkuus /tmp/asiakkuus/asiakkuus
RUN pip install --no-cache-dir /tmp/asiakkuus && \
    python -c "from asiakkuus.kaynnistys import asenna_oletukset; assert asenna_oletukset()" && \
    rm -rf /tmp/asiakkuus && \
    fix-permissions "${CONDA_DIR}"
# Yllä: JupyterLab suomeksi ja ilman englanninkielisiä uutisilmoituksia. asenna_oletukset
# kirjoittaa saman asetustiedoston kuin python -m asiakkuus kurssi opiskelijan koneella.

# Kurssin muistiot opiskelijan kotikansioon ~/asiakkuus jokaisella käynnistyksellä
# (ensin klooni, myöhemmin opettajan muutokset yhdistettyinä; opiskelijan omat muutokset
# säilyvät). Kotikansio on hubissa pysyvä levy, joten kuva ei voi tuoda muistioita sinne
# itse. Tyhjä KURSSI_REPO: muistiot tuodaan nbgitpuller-linkillä tai hubin omalla kloonilla.
ARG KURSSI_REPO=""
ARG KURSSI_HAARA=main
ARG KURSSI_KANSIO=asiakkuus
ENV KURSSI_REPO=${KURSSI_REPO} \
    KURSSI_HAARA=${KURSSI_HAARA} \
    KURSSI_KANSIO=${KURSSI_KANSIO}
COPY jupyterhub/kurssi-kotiin /usr/local/bin/before-notebook.d/50-kurssi-kotiin
