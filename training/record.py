"""Render training/RECORD.md: data, settings, dev scores per type and data set, speed."""

from __future__ import annotations

from pathlib import Path

from training.datasets import DEV, HEADLINE_DEV, TRAIN

NOTES = Path(__file__).with_name("experiments.md")
NAMES = {"crf": "CRF (python-crfsuite, shipped)", "spacy": 'spaCy blank("id") + ner'}


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _model_table(results: dict) -> list[str]:
    lines = [
        "| model | dev set | PER F1 | ORG F1 | LOC F1 | P | R | F1 | words/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for model, per_set in results.items():
        for name, (scores, speed) in per_set.items():
            o = scores["overall"]
            cells = [_pct(scores[k]["f1"]) for k in ("PER", "ORG", "LOC")]
            cells += [_pct(o["precision"]), _pct(o["recall"]), _pct(o["f1"])]
            lines.append(f"| {NAMES[model]} | {name} | {' | '.join(cells)} | {speed:,.0f} |")
    return lines


def _headline(results: dict) -> list[str]:
    lines = ["| model | mean F1 over " + " and ".join(HEADLINE_DEV) + " |", "| --- | --- |"]
    for model, per_set in results.items():
        mean = sum(per_set[n][0]["overall"]["f1"] for n in HEADLINE_DEV) / len(HEADLINE_DEV)
        lines.append(f"| {NAMES[model]} | {_pct(mean)} |")
    return lines


LICENCES = [
    "## Licences of the training data",
    "",
    "- idner-news-2k: MIT.",
    "- IndoLEM NER-UI: the upstream repository states no licence; treat the shipped model as "
    "research use until that is cleared.",
    "- Word table: unlabelled text of train splits under MIT (IndoNLU), CC BY-SA 4.0 (UD), "
    "CC BY-NC-SA 4.0 (BaPOS: non-commercial) and the NERGrit terms; gazetteers: DBpedia "
    "(CC BY-SA) and BPS regions (ODbL). See `../shared/data/README.md`.",
]


def render(results: dict, times: dict, context: dict) -> str:
    """The Markdown record of one training run."""
    s = context["settings"]
    lines = [
        "# NER training record",
        "",
        f"Written by `python -m training.ner` on {context['date']} ({context['machine']}, "
        "2 cores). Scores are exact-span precision, recall and F1 on the dev splits of "
        "`../shared/data`; speed is tagging words per second on the dev sentences "
        "(features and decoding, one process).",
        "",
        "## Data",
        "",
        *[f"- train: `{TRAIN[n]}` ({count} sentences)" for n, count in context["train"].items()],
        *[f"- dev: `{path}`" for path in DEV.values()],
        f"- gazetteer: {context['gazetteer_names']:,} names from the DBpedia lists and the "
        "BPS regions (see `training/gazetteer.py`)",
        f"- word table: {context['table_words']:,} words with k-means clusters and "
        "capitalisation rates from the train splits' unlabelled text "
        "(see `training/wordtable.py`)",
        "",
        *LICENCES,
        "",
        "## Settings",
        "",
        f"- CRF: L-BFGS, c1={s.c1}, c2={s.c2}, {s.max_iterations} iterations, "
        f"trained in {times['crf']:.0f} s",
    ]
    if "spacy" in times:
        lines.append(
            f'- spaCy: default `ner` on `spacy.blank("id")`, {context["spacy_epochs"]} epochs, '
            f"batch 32, dropout 0.2, trained in {times['spacy']:.0f} s"
        )
    lines += ["", "## Dev scores", "", *_headline(results), "", *_model_table(results), ""]
    lines += ["## Shipped files", ""]
    lines += [
        f"- `src/pantau/models/{n}`: {size / 1e6:.2f} MB" for n, size in context["sizes"].items()
    ]
    if NOTES.exists():
        lines += ["", NOTES.read_text(encoding="utf-8").strip()]
    return "\n".join(lines) + "\n"
