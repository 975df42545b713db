"""Language data is complete and consistent: adding a language means adding a folder."""

from __future__ import annotations

import json

import pytest

from rewriter.langdata import entries, languages, models_dir, read_json
from rewriter.lexicon import lexicon

LANGS = languages()
COMMON_METRICS = set(entries(read_json("common", "metrics")))


def test_both_languages_are_present() -> None:
    assert {"nl", "en"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_same_files_in_every_language(lang: str) -> None:
    reference = {p.name for p in (models_dir() / "en").iterdir()}
    assert {p.name for p in (models_dir() / lang).iterdir()} == reference


@pytest.mark.parametrize("lang", LANGS)
def test_metric_keys_are_canonical(lang: str) -> None:
    assert set(entries(read_json(lang, "metrics"))) <= COMMON_METRICS


@pytest.mark.parametrize("lang", LANGS)
def test_channel_keys_are_shared(lang: str) -> None:
    assert set(entries(read_json(lang, "channels"))) == set(entries(read_json("en", "channels")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_imperative_is_read_back_as_its_action(lang: str) -> None:
    lex = lexicon(lang)
    for key, imperative in lex.imperative_of_action.items():
        assert lex.action_forms.get(imperative.lower()) is not None, (key, imperative)


@pytest.mark.parametrize("lang", LANGS)
def test_messages_have_the_same_keys(lang: str) -> None:
    def shape(d):
        return {k: shape(v) for k, v in d.items()} if isinstance(d, dict) else None

    en, other = read_json("en", "messages"), read_json(lang, "messages")
    en.pop("_doc", None), other.pop("_doc", None)
    assert shape(other) == shape(en)


@pytest.mark.parametrize("lang", LANGS)
def test_templates_cover_every_shape(lang: str) -> None:
    shapes = {json.dumps(m["shape"]) for m in entries(read_json("common", "metrics")).values()}
    templates = read_json(lang, "templates")["shapes"]
    assert {json.loads(s) for s in shapes} | {"change"} <= set(templates)


def test_number_words_are_reproducible_from_num2words() -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_number_words.py"
    r = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0, r.stderr
