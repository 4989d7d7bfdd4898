"""Shared fixtures: hand-written articles and a temporary store. No network, no ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from pantau.store import Store

# Property tests explore the same examples on every run, so CI is repeatable;
# run with HYPOTHESIS_PROFILE=explore to search afresh.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ARTICLE_TEXT = """Banjir Rendam Tiga Desa di Kabupaten Sukamaju

SUKAMAJU, KOMPAS.com - Banjir merendam tiga desa di Kabupaten Sukamaju pada Selasa (5/3/2024) setelah hujan deras turun sejak malam.

Kepala Badan Penanggulangan Bencana Daerah Sukamaju, Rina Wulandari, mengatakan sekitar 240 rumah terendam air setinggi satu meter.

"Kami sudah mengirim perahu karet dan logistik ke lokasi," kata Rina.

Baca juga: Hujan Deras Diprediksi Turun Sepekan ke Depan
"""


@pytest.fixture
def article_text() -> str:
    return ARTICLE_TEXT


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "test.db") as opened:
        yield opened
