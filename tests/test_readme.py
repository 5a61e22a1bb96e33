"""README.md's examples work as written.

- Every ```python block runs, top to bottom, each in a fresh namespace (``__name__`` is
  ``"__main__"``), in one temporary working directory that holds a link to ``examples/``: files
  an earlier block or command wrote are there for the later ones. A block right after a line
  ``<!-- skip-test: reason -->`` is not run (it needs a cluster or the network).
- Every ``newsparse ...`` command line in a ```sh block must be accepted by the CLI's argument
  parser (options and subcommands that exist); the commands of a block right after
  ``<!-- run-test -->`` are run for real, in order, and must exit 0.
- ``auto`` finds no Stanza models here (``NEWSPARSE_STANZA_DIR`` points at an empty folder), so
  the examples use the rules backend whatever is installed on the machine.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsparse.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

_FENCE = re.compile(r"^```(\w*)\s*$")
_MARKER = re.compile(r"^<!--\s*(skip-test|run-test)\b.*-->\s*$")


@dataclass(frozen=True)
class Block:
    lang: str
    code: str
    line: int  # 1-based line of the opening fence
    marker: str | None  # "skip-test" | "run-test" | None


def readme_blocks(text: str) -> list[Block]:
    """The fenced code blocks of ``text`` with the marker comment right before each, if any."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start = i
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != "```":
            j += 1
        if j == len(lines):
            raise AssertionError(f"README.md:{start + 1}: code block never closed")
        k = start - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        marker = _MARKER.match(lines[k].strip()) if k >= 0 else None
        blocks.append(
            Block(
                lang=m.group(1),
                code="\n".join(lines[start + 1 : j]) + "\n",
                line=start + 1,
                marker=marker.group(1) if marker else None,
            )
        )
        i = j + 1
    return blocks


def newsparse_commands(code: str) -> list[list[str]]:
    """The ``newsparse`` invocations of a shell block, as argument lists (without the program
    name); comments, continuation lines and pipelines (``cat x | newsparse parse -``) handled."""
    commands = []
    for line in code.replace("\\\n", " ").splitlines():
        for part in line.split("|"):
            args = shlex.split(part, comments=True)
            if args and args[0] == "newsparse":
                commands.append(args[1:])
    return commands


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- the harness itself


def test_block_parser_sees_markers_and_commands() -> None:
    text = (
        "intro\n\n<!-- skip-test: cluster -->\n```python\nx = 1\n```\n\n"
        "```sh\nmake demo  # a | in a comment\ncat a | newsparse parse - \\\n  --format text\n```\n"
        "<!-- run-test -->\n```sh\nnewsparse batch d --out o.jsonl   # note\n```\n"
    )
    b = readme_blocks(text)
    assert [(x.lang, x.line, x.marker) for x in b] == [
        ("python", 4, "skip-test"),
        ("sh", 8, None),
        ("sh", 14, "run-test"),
    ]
    assert newsparse_commands(b[1].code) == [["parse", "-", "--format", "text"]]
    assert newsparse_commands(b[2].code) == [["batch", "d", "--out", "o.jsonl"]]


def test_a_failing_example_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(AssertionError):
        _run_python(
            Block("python", "from newsparse import Parser\nassert Parser is None\n", 1, None)
        )
    with pytest.raises(SystemExit):
        build_parser().parse_args(["batch", "x", "--no-such-option"])


# --------------------------------------------------------------------------- README.md


def test_readme_keeps_the_two_commands_and_its_sections() -> None:
    text = README.read_text(encoding="utf-8")
    setup = [b for b in BLOCKS if b.code.startswith("make demo")]
    assert len(setup) == 1
    assert [ln.split("#")[0].strip() for ln in setup[0].code.splitlines()] == [
        "make demo",
        "make test",
    ]
    for heading in (
        "## Batch processing",
        "## Cluster (Ray)",
        "## Notebooks",
        "## Models",
        "## Resource limits",
        "## Limitations",
    ):
        assert f"\n{heading}\n" in text, heading
    assert sum(b.lang == "python" and b.marker is None for b in BLOCKS) >= 5
    assert any(b.marker == "run-test" for b in BLOCKS)


@pytest.mark.parametrize(
    "block",
    [b for b in BLOCKS if b.lang in ("sh", "bash") and newsparse_commands(b.code)],
    ids=lambda b: f"README.md:{b.line}",
)
def test_readme_command_lines_parse(block: Block) -> None:
    parser = build_parser()
    for args in newsparse_commands(block.code):
        try:
            parser.parse_args(args)
        except SystemExit as e:
            pytest.fail(f"README.md:{block.line}: `newsparse {shlex.join(args)}` is rejected ({e})")


def _run_python(block: Block) -> None:
    code = compile(block.code, f"README.md:{block.line}", "exec")
    exec(code, {"__name__": "__main__"})


def test_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.symlink(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "no-models").mkdir()
    monkeypatch.setenv("NEWSPARSE_STANZA_DIR", str(tmp_path / "no-models"))
    monkeypatch.chdir(tmp_path)
    ran = 0
    for block in BLOCKS:
        if block.marker == "skip-test":
            continue
        if block.lang == "python":
            _run_python(block)
            ran += 1
        elif block.marker == "run-test":
            for args in newsparse_commands(block.code):
                rc = main(args)
                assert rc == 0, f"README.md:{block.line}: `newsparse {shlex.join(args)}` -> {rc}"
                ran += 1
    assert ran >= 7
