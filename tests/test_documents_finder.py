"""Finding goals in documents, without the engine: which lines, and which exact spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewriter.documents.finder import find_markdown
from rewriter.documents.sites import GoalSite
from rewriter.documents.source import Source, SourceError, decode
from rewriter.documents.textfinder import find_text
from rewriter.documents.vocabulary import label_text, vocabulary
from tests.test_documents_support import DATA

VOCAB = vocabulary()


def source(text: str | bytes, name: str = "doc.md") -> Source:
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    decoded, bom = decode(data, name)
    return Source(Path(name), name, data, decoded, bom)


def goals(text: str | bytes, name: str = "doc.md", policy: str = "auto") -> list[GoalSite]:
    src = source(text, name)
    finder = find_markdown if name.endswith(".md") else find_text
    found = finder(src, VOCAB, policy)  # type: ignore[arg-type]
    for site in found.sites:  # every span is exact and trimmed
        assert src.text[site.start : site.end] == site.raw
        assert site.raw == site.raw.strip()
    return found.sites


def lines(text: str | bytes, name: str = "doc.md", policy: str = "auto") -> list[tuple[int, str]]:
    return [(g.line, g.plain) for g in goals(text, name, policy)]


# --- headings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Doelen", "goal"),
        ("Doelstellingen Q1", "goal"),
        ("Hoofddoel", "goal"),
        ("Leerdoelen", "goal"),
        ("Marketingdoelen 2027", "goal"),
        ("Q1-goals", "goal"),
        ("Objective: Become the go-to tool", "goal"),
        ("Key results", "goal"),
        ("OKR's", "goal"),
        ("Sales targets", "goal"),
        ("Doelen en risico's", "goal"),
        ("Niet-doelen", "nongoal"),
        ("Non-goals", "nongoal"),
        ("Out of scope", "nongoal"),
        ("Risico’s", "nongoal"),
        ("Risks to our goals", "nongoal"),
        ("Notes", "nongoal"),
        ("Achtergrond", "nongoal"),
        ("Marketingplan Q1 2027", "neutral"),
        ("Target audience", "neutral"),
        ("Doelgroep", "neutral"),
    ],
)
def test_heading_kinds(heading: str, kind: str) -> None:
    assert VOCAB.classify(heading) == kind


def test_config_can_add_goal_and_non_goal_headings() -> None:
    vocab = vocabulary(("Ambitie",), ("Wensen",))
    assert vocab.classify("Onze ambitie") == "goal"
    assert vocab.classify("Wensen") == "nongoal"
    assert VOCAB.classify("Onze ambitie") == "neutral"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Key results:", "Key results"),
        ("**Doelen:**", "Doelen"),
        ("**Goals**", "Goals"),
        ("Get more leads", None),
        ("Dit kwartaal richten we ons op de volgende tien hele doelen:", None),
    ],
)
def test_label_lines(text: str, label: str | None) -> None:
    assert label_text(text) == label


# --- Markdown ---------------------------------------------------------------------------------


def test_the_dutch_example_plan() -> None:
    text = (DATA / "kwartaalplan-crlf-bom.md").read_bytes()
    found = goals(text)
    assert [(g.line, g.plain) for g in found] == [
        (14, "Nieuwe leads verkrijgen"),
        (15, "Meer volgers op LinkedIn"),
        (16, "Publiceer 12 blogartikelen voor 31 maart 2027"),
        (17, "Verhoog de omzet met € 100.000 voor eind Q1 2027"),
        (18, "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 maart 2027"),
        (19, "Verbeter onze nieuwsbrief"),
        (21, "Meer klanten"),
        (22, "Verlaag de kosten per lead naar € 25 in Q1 2027"),
        (56, "meer naamsbekendheid"),
    ]
    by_line = {g.line: g for g in found}
    assert by_line[15].markup and by_line[15].column == 7  # after '- [ ] '
    assert by_line[18].parent == 3 and by_line[19].parent == 3 and by_line[17].parent is None
    assert by_line[22].note is not None and by_line[22].note.current == 30
    assert by_line[56].explicit
    assert by_line[14].raw == "Nieuwe leads verkrijgen"  # trailing spaces stay outside


def test_never_front_matter_code_comments_tables_quotes_or_headings() -> None:
    text = """---
goal: Get more leads
---
# Goals: get more leads

```
- Get more leads
```

    - Get more leads

<!-- - Get more leads -->

| Goal |
|---|
| Get more leads |

> - Get more leads

[more leads]: https://example.com
"""
    assert lines(text) == []


def test_toml_front_matter_is_skipped() -> None:
    assert lines("+++\ngoal = 'x'\n+++\n\n## Goals\n\n- Get more leads\n") == [
        (7, "Get more leads")
    ]


def test_non_goal_and_context_sections_are_skipped_but_markers_count_anywhere() -> None:
    text = """## Goals

- Get more leads

## Non-goals

- Redesign the logo

## Risks

- Fewer leads

### Notes

- Some context
- Goal: win 3 customers
"""
    assert lines(text) == [(3, "Get more leads"), (16, "win 3 customers")]


def test_lists_outside_goal_sections_count_only_when_no_section_names_goals() -> None:
    plain_list = "# Team plan\n\n- Get more leads\n- Improve the newsletter\n"
    assert lines(plain_list) == [(3, "Get more leads"), (4, "Improve the newsletter")]
    with_goals = "# Plan\n\n## Goals\n\n- Get more leads\n\n## Launch\n\n- January: kick-off\n"
    assert lines(with_goals) == [(5, "Get more leads")]
    assert lines(with_goals, policy="everywhere") == [
        (5, "Get more leads"),
        (9, "January: kick-off"),
    ]
    assert lines(plain_list, policy="goal-sections") == []


def test_subsections_inherit_the_goal_section_and_labels_switch_it() -> None:
    text = """# OKRs 2027

## Marketing

- Get more leads

Risks:

- Fewer events

Key results:

- Make 40 sales
"""
    assert lines(text) == [(5, "Get more leads"), (13, "Make 40 sales")]


def test_paragraphs_in_goal_sections_are_tentative_and_labels_are_not_goals() -> None:
    text = """## Hoofddoel

Verhoog de omzet met 10% in 2027.

## Doelen

Dit kwartaal richten we ons op de volgende doelen:

- Meer leads
"""
    found = goals(text)
    assert [(g.line, g.plain, g.tentative) for g in found] == [
        (3, "Verhoog de omzet met 10% in 2027.", True),
        (9, "Meer leads", False),
    ]


def test_a_bullet_that_markdown_reads_as_paragraph_text_is_still_not_goal_text() -> None:
    # after a hard break, a tab-indented '- ...' is a continuation line of the paragraph
    found = goals("## Goals\n\nSome prose.  \n\t- Tabbed goal\n")
    assert [g.raw for g in found] == ["Some prose.", "Tabbed goal"]


def test_prose_outside_goal_sections_is_never_a_goal() -> None:
    assert lines("# Plan\n\nWe want more leads this year.\n\nMore text.\n") == []


@pytest.mark.parametrize(
    ("line", "goal"),
    [
        ("Doel: Verkrijg 40 leads", "Verkrijg 40 leads"),
        ("Doel 2: Verkrijg 40 leads", "Verkrijg 40 leads"),
        ("KR1: Get 40 leads", "Get 40 leads"),
        ("KR 1.2: Get 40 leads", "Get 40 leads"),
        ("**Goal:** Get 40 leads", "Get 40 leads"),
        ("**Objective**: Grow the community", "Grow the community"),
        ("O1: Grow the community", "Grow the community"),
        ("Key result 3: Make 40 sales", "Make 40 sales"),
    ],
)
def test_explicit_markers(line: str, goal: str) -> None:
    found = goals(f"# Plan\n\n{line}\n")
    assert [(g.plain, g.explicit) for g in found] == [(goal, True)]
    assert found[0].raw == goal


@pytest.mark.parametrize(
    "line", ["Doelgroep: kleine bureaus", "Goalkeeper: Jan", "Oktober: kick-off"]
)
def test_not_markers(line: str) -> None:
    assert lines(f"# Plan\n\n{line}\n") == []


def test_several_marker_lines_in_one_paragraph_are_several_goals() -> None:
    text = "# Plan\n\nKR1: Get more leads\nKR2: Make 40 sales\nby March 2027\n"
    assert lines(text) == [(3, "Get more leads"), (4, "Make 40 sales by March 2027")]


def test_list_item_text_excludes_marker_checkbox_numbering_and_notes() -> None:
    text = """## Goals

1. [ ] Get more leads (10/40)
2) [x] Make 40 sales, progress: 12
- Win 3 customers — status: 1/3
+ Grow revenue (progress: 25%)  <!-- owner: Ann -->
"""
    found = goals(text)
    assert [(g.column, g.raw) for g in found] == [
        (8, "Get more leads"),
        (8, "Make 40 sales"),
        (3, "Win 3 customers"),
        (3, "Grow revenue"),
    ]
    notes = [(g.note.current, g.note.total, g.note.percent) for g in found if g.note]
    assert notes == [(10, 40, False), (12, None, False), (1, 3, False), (25, None, True)]


def test_wrapped_list_item_is_one_goal_spanning_lines() -> None:
    found = goals(
        "## Doelen\n\n- Verkrijg 40 nieuwe leads uit online kanalen\n  tegen 31 maart 2027\n"
    )
    assert len(found) == 1
    g = found[0]
    assert g.plain == "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 maart 2027"
    assert (g.line, g.end_line) == (3, 4)


def test_link_text_is_analysed_and_a_link_only_item_is_no_goal() -> None:
    text = (
        "## Goals\n\n- Get more followers on [LinkedIn](https://x.example)\n"
        "- [Roadmap](roadmap.md)\n"
    )
    found = goals(text)
    assert [(g.plain, g.markup) for g in found] == [("Get more followers on LinkedIn", True)]


def test_nested_items_know_their_parent_goal() -> None:
    text = """## Goals

- A goal
  - Sub goal
    - Sub sub goal
  - Second sub
- B goal
"""
    found = goals(text)
    assert [(g.plain, g.parent, g.depth) for g in found] == [
        ("A goal", None, 0),
        ("Sub goal", 0, 1),
        ("Sub sub goal", 1, 2),
        ("Second sub", 0, 1),
        ("B goal", None, 0),
    ]


def test_label_items_pass_their_kind_to_nested_items() -> None:
    text = "# Plan\n\n## Goals\n\n- Risks:\n  - Fewer events\n- Get more leads\n"
    assert lines(text) == [(7, "Get more leads")]
    categories = "## Goals\n\n- Marketing:\n  - Get more leads\n"
    assert [(g.line, g.parent) for g in goals(categories)] == [(4, None)]
    means = (
        "## Doelen\n\n- Verhoog de omzet met 10% in 2027 met deze drie stappen:\n  - Meer leads\n"
    )
    assert [(g.line, g.parent) for g in goals(means)] == [(3, None), (4, 0)]


def test_crlf_bom_and_tabs_keep_exact_columns() -> None:
    text = "\ufeff## Doelen\r\n\r\n- Meer leads  \r\n\t- [ ]\tMeer klanten\r\n".encode()
    found = goals(text)
    assert [(g.line, g.column, g.raw) for g in found] == [
        (3, 3, "Meer leads"),
        (4, 8, "Meer klanten"),
    ]
    assert found[1].parent == 0


# --- plain text -------------------------------------------------------------------------------


def test_plain_text_rules() -> None:
    found = goals((DATA / "doelen.txt").read_bytes(), "doelen.txt")
    assert [(g.line, g.plain, g.parent) for g in found] == [
        (4, "Nieuwe leads verkrijgen", None),
        (5, "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 maart 2027", None),
        (6, "Meer volgers op LinkedIn", 1),
        (7, "Verbeter onze nieuwsbrief", None),
        (14, "meer klanten", None),
    ]


def test_the_file_name_is_a_heading_above_the_first_line() -> None:
    lines_only = "Get more leads\nMake 40 sales\n"
    assert lines(lines_only, "goals.txt") == [(1, "Get more leads"), (2, "Make 40 sales")]
    assert lines(lines_only, "kwartaaldoelen.txt") == [(1, "Get more leads"), (2, "Make 40 sales")]
    assert lines(lines_only, "plan.txt") == []
    assert lines("- Get more leads\n", "notes.md") == []
    assert lines("- Get more leads\n", "CHANGELOG.md") == []
    assert lines("- Get more leads\n", "plan.md") == [(1, "Get more leads")]
    # in a goal file, a neutral heading stays a goal section; a negating one does not
    doc = "## Q1\n\n- Get more leads\n\n## Risks\n\n- Fewer events\n"
    assert lines(doc, "okr-2027.md") == [(3, "Get more leads")]


def test_plain_text_list_without_goal_heading() -> None:
    text = "Plan 2027\n\n- Get more leads\n* Make 40 sales\nSome prose line.\n"
    assert lines(text, "plan.txt") == [(3, "Get more leads"), (4, "Make 40 sales")]


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"# Goals\n\x00\x01binary", "binary"),
        ("Doelen: café".encode("latin-1"), "not valid UTF-8"),
        ("Doelen: meer leads".encode("utf-16"), "UTF-16 text"),
        ("Doelen: meer leads".encode("utf-32"), "UTF-32 text"),
    ],
)
def test_undecodable_files_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        decode(data, "bad.md")


# --- spans are exact for any mix of blocks ---------------------------------------------------

BLOCKS = [
    "## Goals",
    "## Niet-doelen",
    "# Plan",
    "- Get more leads",
    "- [ ] Meer klanten (3/10)",
    "  - Sub goal",
    "1. Make 40 sales",
    "\t- Tabbed goal",
    "Key results:",
    "Doel: meer omzet",
    "```\n- code\n```",
    "<!-- comment -->",
    "| a | b |\n|---|---|\n| Goal: x | y |",
    "> Goal: quoted",
    "Some prose.",
    "- [Link](https://x.example)",
    "* **Grow** revenue",
]


@settings(max_examples=150, deadline=None)
@given(
    blocks=st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=12),
    breaks=st.sampled_from(["\n", "\r\n", "\r"]),
    blank=st.booleans(),
    bom=st.booleans(),
    trailing=st.sampled_from(["", "  ", "\t"]),
)
def test_spans_are_exact_for_any_document(
    blocks: list[str], breaks: str, blank: bool, bom: bool, trailing: str
) -> None:
    sep = breaks * 2 if blank else breaks
    text = sep.join(b.replace("\n", breaks) + trailing for b in blocks) + breaks
    data = (("\ufeff" if bom else "") + text).encode()
    for g in goals(data):
        line = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[g.line - 1]
        assert line[g.column - 1 :].startswith(g.raw.split("\n")[0].split("\r")[0])
        assert not re.match(r"([-*+]|\d+[.)])[ \t]|\[[ xX]\]|[>|]", g.raw)


# --- inline markup and language data ----------------------------------------------------------


def test_restore_keeps_markup_whose_words_survive() -> None:
    from rewriter.documents.markup import restore

    env: dict = {}
    link = restore(
        "Meer volgers op [LinkedIn](https://x.example)",
        "Verkrijg [aantal] volgers op LinkedIn tegen [datum]",
        env,
    )
    assert link == "Verkrijg [aantal] volgers op [LinkedIn](https://x.example) tegen [datum]"
    code = restore("Get more `leads`", "Get [number] leads from [channel] by [date]", env)
    assert code == "Get [number] `leads` from [channel] by [date]"
    assert restore("**Meer** omzet", "Verhoog de omzet met [aantal] tegen [datum]", env) is None
    assert restore("Meer <b>omzet</b>", "Verhoog de omzet met [aantal]", env) is None


def test_every_language_has_the_same_document_messages() -> None:
    import string

    from rewriter.documents.vocabulary import messages
    from rewriter.langdata import languages

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    shapes = {lang: {k: fields(v) for k, v in messages(lang).items()} for lang in languages()}
    first = next(iter(shapes.values()))
    assert set(first) >= {"SG106", "SG107", "SG108", "SG109", "SG110_behind", "SG110_overdue"}
    assert all(shape == first for shape in shapes.values())
