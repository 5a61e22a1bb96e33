"""The shared gazetteer: inflected forms, token boundaries, longest match, skip spans."""

from __future__ import annotations

from newsparse.gazetteer import Gazetteer

ENTRIES = [
    ("Izglītības un zinātnes ministrija", "IZM"),
    ("Eiropas Komisija", "EK"),
    ("Eiropas Komisijas pārstāvniecība Latvijā", "EKP"),
    ("Amerikas Savienotās Valstis", "US"),
    ("Latvija", "LV"),
]


def gaz() -> Gazetteer[str]:
    return Gazetteer.build(ENTRIES, inflect=True, case_sensitive=False, lang="lv")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.payload, m.case) for m in gaz().find(text)]


def test_case_forms_are_found_with_their_case() -> None:
    text = "Vizīte Izglītības un zinātnes ministrijā; līgums ar Amerikas Savienotajām Valstīm."
    assert found(text) == [
        ("Izglītības un zinātnes ministrijā", "IZM", "loc"),
        ("Amerikas Savienotajām Valstīm", "US", "dat"),
    ]


def test_spans_point_into_the_text() -> None:
    text = "Sveiciens no Latvijas  un  Eiropas\nKomisijas."
    for m in gaz().find(text):
        assert text[m.start : m.end] == m.text
    assert [m.payload for m in gaz().find(text)] == ["LV", "EK"]


def test_longest_match_wins() -> None:
    assert found("Eiropas Komisijas pārstāvniecībā Latvijā notika tikšanās.") == [
        ("Eiropas Komisijas pārstāvniecībā Latvijā", "EKP", "loc")
    ]


def test_no_match_inside_a_word_or_across_a_blank_line() -> None:
    assert found("Latvijasbanka un Eiropas\n\nKomisija") == []


def test_case_insensitive_unless_asked() -> None:
    assert [p for _, p, _ in found("izglītības un zinātnes ministrijai")] == ["IZM"]
    strict = Gazetteer.build(ENTRIES, inflect=True, case_sensitive=True, lang="lv")
    assert strict.find("izglītības un zinātnes ministrijai") == []


def test_skip_spans() -> None:
    text = "Latvija un Latvija"
    assert [m.start for m in gaz().find(text, skip=[(0, 7)])] == [11]


def test_uninflected_list_matches_as_written() -> None:
    g = Gazetteer.build(
        [("Erasmus+", "E"), ("Horizon Europe", "H")], inflect=False, case_sensitive=True, lang="en"
    )
    text = "Erasmus+ and Horizon Europe, not Erasmus or horizon europe."
    assert [(m.text, m.case) for m in g.find(text)] == [
        ("Erasmus+", None),
        ("Horizon Europe", None),
    ]


def test_first_entry_keeps_a_shared_form() -> None:
    g = Gazetteer.build([("Padome", "first"), ("padome", "second")], inflect=True, lang="lv")
    assert [m.payload for m in g.find("padomei")] == ["first"]
