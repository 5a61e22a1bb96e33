"""Synthetic Latvian ministry press releases for benchmarks and batch tests.

Every sentence comes from this file's own templates (no real release is copied): ministries and
roles in the nominative, genitive and dative, invented people (common Latvian given names and
surnames, both genders, in their case forms), countries in the genitive and locative, regions,
programmes, dates in many forms ("2021. gada 5. martā", "14.–15. oktobrī", "05.03.2021.",
"līdz 30. jūnijam", "2021. gada martā"), amounts ("1,5 milj. eiro", "250 000 eiro",
"EUR 45 000") and quotes with speech verbs. Lengths vary around ``--size`` characters.

    python bench/generate.py --n 1000 --format zip --out /tmp/releases.zip
    python bench/generate.py --n 5000 --format warc --out /tmp/releases.warc.gz --size 2048

Formats: ``dir`` (``NNN/NNNNNN.txt``, Markdown-style text with a "Publicēts:" line), ``zip``,
``tar`` (.tar.gz), ``jsonl`` (``id``/``url``/``text``) and ``warc`` (.warc or .warc.gz: HTML
pages as HTTP responses, with some image and 404 records that readers must pass over).
``--encodings mixed`` stores some text files as Windows-1257 and some with a UTF-8 BOM.
Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import io
import json
import os
import random
import tarfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# --------------------------------------------------------------------------- vocabulary
# Each entry lists its forms: (nominative, genitive, dative, locative) where it matters.

MINISTRIES = [
    "Izglītības un zinātnes",
    "Ārlietu",
    "Finanšu",
    "Ekonomikas",
    "Veselības",
    "Kultūras",
    "Satiksmes",
    "Zemkopības",
    "Labklājības",
    "Tieslietu",
    "Aizsardzības",
    "Iekšlietu",
    "Klimata un enerģētikas",
    "Viedās administrācijas un reģionālās attīstības",
]
# "ministrija" in nom, gen, dat, acc, loc
MINISTRIJA = ("ministrija", "ministrijas", "ministrijai", "ministriju", "ministrijā")
OTHER_ORGS = [  # (nom, gen, acc)
    ("Eiropas Komisija", "Eiropas Komisijas", "Eiropas Komisiju"),
    ("Valsts kanceleja", "Valsts kancelejas", "Valsts kanceleju"),
    (
        "Centrālā finanšu un līgumu aģentūra",
        "Centrālās finanšu un līgumu aģentūras",
        "Centrālo finanšu un līgumu aģentūru",
    ),
    (
        "Latvijas Investīciju un attīstības aģentūra",
        "Latvijas Investīciju un attīstības aģentūras",
        "Latvijas Investīciju un attīstības aģentūru",
    ),
    (
        "Valsts izglītības attīstības aģentūra",
        "Valsts izglītības attīstības aģentūras",
        "Valsts izglītības attīstības aģentūru",
    ),
    ("Ziemeļu Ministru padome", "Ziemeļu Ministru padomes", "Ziemeļu Ministru padomi"),
]

# roles: masculine and feminine, each (nom, gen, dat)
ROLES = [
    (("ministrs", "ministra", "ministram"), ("ministre", "ministres", "ministrei")),
    (
        ("valsts sekretārs", "valsts sekretāra", "valsts sekretāram"),
        ("valsts sekretāre", "valsts sekretāres", "valsts sekretārei"),
    ),
    (
        ("parlamentārais sekretārs", "parlamentārā sekretāra", "parlamentārajam sekretāram"),
        ("parlamentārā sekretāre", "parlamentārās sekretāres", "parlamentārajai sekretārei"),
    ),
    (
        ("departamenta direktors", "departamenta direktora", "departamenta direktoram"),
        ("departamenta direktore", "departamenta direktores", "departamenta direktorei"),
    ),
    (("padomnieks", "padomnieka", "padomniekam"), ("padomniece", "padomnieces", "padomniecei")),
]
AMBASSADOR = (("vēstnieks", "vēstnieka", "vēstniekam"), ("vēstniece", "vēstnieces", "vēstniecei"))

GIVEN_M = [
    ("Jānis", "Jāņa", "Jānim"),
    ("Andris", "Andra", "Andrim"),
    ("Māris", "Māra", "Mārim"),
    ("Kārlis", "Kārļa", "Kārlim"),
    ("Edgars", "Edgara", "Edgaram"),
    ("Roberts", "Roberta", "Robertam"),
    ("Toms", "Toma", "Tomam"),
    ("Artūrs", "Artūra", "Artūram"),
    ("Raimonds", "Raimonda", "Raimondam"),
    ("Uldis", "Ulda", "Uldim"),
]
GIVEN_F = [
    ("Anna", "Annas", "Annai"),
    ("Līga", "Līgas", "Līgai"),
    ("Ilze", "Ilzes", "Ilzei"),
    ("Dace", "Daces", "Dacei"),
    ("Inese", "Ineses", "Inesei"),
    ("Sanita", "Sanitas", "Sanitai"),
    ("Kristīne", "Kristīnes", "Kristīnei"),
    ("Marta", "Martas", "Martai"),
    ("Baiba", "Baibas", "Baibai"),
    ("Elīna", "Elīnas", "Elīnai"),
]
# surnames: masculine (nom, gen, dat), feminine (nom, gen, dat)
SURNAMES = [
    (("Kalniņš", "Kalniņa", "Kalniņam"), ("Kalniņa", "Kalniņas", "Kalniņai")),
    (("Ozols", "Ozola", "Ozolam"), ("Ozola", "Ozolas", "Ozolai")),
    (("Bērziņš", "Bērziņa", "Bērziņam"), ("Bērziņa", "Bērziņas", "Bērziņai")),
    (("Liepa", "Liepas", "Liepam"), ("Liepa", "Liepas", "Liepai")),
    (("Zariņš", "Zariņa", "Zariņam"), ("Zariņa", "Zariņas", "Zariņai")),
    (("Krūmiņš", "Krūmiņa", "Krūmiņam"), ("Krūmiņa", "Krūmiņas", "Krūmiņai")),
    (("Vītols", "Vītola", "Vītolam"), ("Vītola", "Vītolas", "Vītolai")),
    (("Sproģis", "Sproģa", "Sproģim"), ("Sproģe", "Sproģes", "Sproģei")),
    (("Eglītis", "Eglīša", "Eglītim"), ("Eglīte", "Eglītes", "Eglītei")),
    (("Priede", "Priedes", "Priedem"), ("Priede", "Priedes", "Priedei")),
    (("Kļaviņš", "Kļaviņa", "Kļaviņam"), ("Kļaviņa", "Kļaviņas", "Kļaviņai")),
    (
        ("Vanags-Rudzītis", "Vanaga-Rudzīša", "Vanagam-Rudzītim"),
        ("Vanaga-Rudzīte", "Vanagas-Rudzītes", "Vanagai-Rudzītei"),
    ),
]

# countries: (nom, gen, loc)
COUNTRIES = [
    ("Igaunija", "Igaunijas", "Igaunijā"),
    ("Lietuva", "Lietuvas", "Lietuvā"),
    ("Vācija", "Vācijas", "Vācijā"),
    ("Francija", "Francijas", "Francijā"),
    ("Polija", "Polijas", "Polijā"),
    ("Somija", "Somijas", "Somijā"),
    ("Zviedrija", "Zviedrijas", "Zviedrijā"),
    ("Norvēģija", "Norvēģijas", "Norvēģijā"),
    ("Ukraina", "Ukrainas", "Ukrainā"),
    ("Gruzija", "Gruzijas", "Gruzijā"),
    ("Moldova", "Moldovas", "Moldovā"),
    ("Uzbekistāna", "Uzbekistānas", "Uzbekistānā"),
    ("Kazahstāna", "Kazahstānas", "Kazahstānā"),
    ("Japāna", "Japānas", "Japānā"),
    ("Kanāda", "Kanādas", "Kanādā"),
    ("Itālija", "Itālijas", "Itālijā"),
    ("Nīderlande", "Nīderlandes", "Nīderlandē"),
    ("Īrija", "Īrijas", "Īrijā"),
    ("Amerikas Savienotās Valstis", "Amerikas Savienoto Valstu", "Amerikas Savienotajās Valstīs"),
]
# regions: (nom, gen, loc)
REGIONS = [
    ("Eiropa", "Eiropas", "Eiropā"),
    ("Centrālāzija", "Centrālāzijas", "Centrālāzijā"),
    ("Baltijas jūras reģions", "Baltijas jūras reģiona", "Baltijas jūras reģionā"),
    ("Austrumu partnerība", "Austrumu partnerības", "Austrumu partnerībā"),
]
# programmes: (nom, gen)
PROGRAMMES = [
    ("Erasmus+", "Erasmus+"),
    ("Eiropas Reģionālās attīstības fonds", "Eiropas Reģionālās attīstības fonda"),
    ("Eiropas Sociālais fonds Plus", "Eiropas Sociālā fonda Plus"),
    ("Apvārsnis Eiropa", "Apvārsnis Eiropa"),
    ("Atveseļošanas fonds", "Atveseļošanas fonda"),
    (
        "Eiropas Ekonomikas zonas finanšu instruments",
        "Eiropas Ekonomikas zonas finanšu instrumenta",
    ),
    ("Norvēģijas finanšu instruments", "Norvēģijas finanšu instrumenta"),
    ("Interreg Centrālā Baltijas programma", "Interreg Centrālā Baltijas programmas"),
    ("Digitālās Eiropas programma", "Digitālās Eiropas programmas"),
]
CITIES_LOC = [
    "Rīgā",
    "Jelgavā",
    "Liepājā",
    "Daugavpilī",
    "Cēsīs",
    "Valmierā",
    "Ventspilī",
    "Tallinā",
    "Viļņā",
    "Briselē",
]
TOPICS_ACC = [
    "digitālo prasmju attīstību",
    "pētniecības finansēšanu",
    "reģionālo sadarbību",
    "klimata pārmaiņu mazināšanu",
    "enerģētisko drošību",
    "jauniešu nodarbinātību",
    "pieaugušo izglītību",
    "veselības aprūpes pieejamību",
    "transporta infrastruktūras attīstību",
    "kultūras mantojuma saglabāšanu",
]
TOPICS_GEN = [
    "digitālās transformācijas",
    "zinātnes izcilības",
    "drošības politikas",
    "lauku attīstības",
    "sociālās iekļaušanas",
    "enerģētikas",
    "tiesiskuma",
]
CLAUSES = [
    "sadarbība ar partneriem ir jāturpina arī nākamajos gados",
    "jaunie noteikumi mazinās administratīvo slogu uzņēmējiem",
    "finansējums ļaus pašvaldībām uzlabot pakalpojumu kvalitāti",
    "pieteikumu skaits šogad ir bijis īpaši liels",
    "projekta rezultāti būs pieejami ikvienam interesentam",
    "reformas īstenošana notiek saskaņā ar plānu",
    "valdība atbalstīs iniciatīvas, kas stiprina reģionus",
]
QUOTES = [
    "Mums ir svarīgi, lai ikviens iedzīvotājs izjustu šo pārmaiņu ieguvumus",
    "Šis ir nozīmīgs solis, kas stiprinās mūsu valstu sadarbību",
    "Esam gandarīti par paveikto un turpināsim darbu",
    "Ieguldījumi izglītībā ir ieguldījumi mūsu nākotnē",
    "Kopīgiem spēkiem mēs varam sasniegt vairāk",
    "Lēmums tika pieņemts pēc rūpīgām konsultācijām ar nozari",
]
SPEECH_VERBS = ["uzsvēra", "norādīja", "sacīja", "atzīmēja", "pauda", "akcentēja"]

MONTHS = [  # (gen, loc, dat)
    ("janvāra", "janvārī", "janvārim"),
    ("februāra", "februārī", "februārim"),
    ("marta", "martā", "martam"),
    ("aprīļa", "aprīlī", "aprīlim"),
    ("maija", "maijā", "maijam"),
    ("jūnija", "jūnijā", "jūnijam"),
    ("jūlija", "jūlijā", "jūlijam"),
    ("augusta", "augustā", "augustam"),
    ("septembra", "septembrī", "septembrim"),
    ("oktobra", "oktobrī", "oktobrim"),
    ("novembra", "novembrī", "novembrim"),
    ("decembra", "decembrī", "decembrim"),
]


# --------------------------------------------------------------------------- generator


def _cap(s: str) -> str:
    """First letter upper-cased, the rest kept (``str.capitalize`` would lower "Eiropas")."""
    return s[:1].upper() + s[1:]


@dataclass(frozen=True)
class Synthetic:
    """One generated release: ``text`` (Markdown-style, with a "Publicēts:" line), its title,
    publication date and URL, and ``html`` for WARC output."""

    id: str
    url: str
    title: str
    published: dt.date
    text: str

    def html(self) -> str:
        paras = self.text.split("\n\n")[2:]  # drop "## title" and the date line
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        return (
            '<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8">'
            f"<title>{html.escape(self.title)} | Ministrija</title></head><body>"
            '<nav><a href="/">Sākums</a> <a href="/jaunumi">Jaunumi</a></nav>'
            f"<main><article><h1>{html.escape(self.title)}</h1>"
            f"<p>Publicēts: {self.published:%d.%m.%Y}.</p>{body}</article></main>"
            "<footer>Ministrija, Rīga</footer></body></html>"
        )


class ReleaseGenerator:
    """Deterministic random releases (``random.Random(seed)``)."""

    def __init__(self, seed: int = 1, size: int = 2048) -> None:
        self.rng = random.Random(seed)
        self.size = size

    # ---- pieces
    def _person(self) -> dict[str, str]:
        r = self.rng
        female = r.random() < 0.5
        given = r.choice(GIVEN_F if female else GIVEN_M)
        surname = r.choice(SURNAMES)[1 if female else 0]
        role = r.choice(ROLES)[1 if female else 0]
        return {
            "nom": f"{given[0]} {surname[0]}",
            "gen": f"{given[1]} {surname[1]}",
            "dat": f"{given[2]} {surname[2]}",
            "role_nom": role[0],
            "role_gen": role[1],
            "role_dat": role[2],
            "female": "1" if female else "",
        }

    def _ministry(self) -> dict[str, str]:
        m = self.rng.choice(MINISTRIES)
        return {
            case: f"{m} {form}"
            for case, form in zip(("nom", "gen", "dat", "acc", "loc"), MINISTRIJA, strict=True)
        }

    def _date(self, year: int) -> dt.date:
        return dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randrange(365))

    def _date_loc(self, year: int) -> str:
        """A date phrase in the locative ("when"), in one of several written forms."""
        r = self.rng
        d = self._date(year)
        loc = MONTHS[d.month - 1][1]
        k = r.randrange(6)
        if k == 0:
            return f"{d.year}. gada {d.day}. {loc}"
        if k == 1:
            return f"{d.day}. {loc}"
        if k == 2 and d.day < 27:
            return f"{d.day}.–{d.day + r.randint(1, 2)}. {loc}"
        if k == 3 and d.day < 28:
            return f"{d.year}. gada {d.day}. un {d.day + 1}. {loc}"
        if k == 4:
            return f"{d.year}. gada {loc}"
        return f"{d:%d.%m.%Y}."

    def _amount(self) -> str:
        r = self.rng
        k = r.randrange(6)
        if k == 0:
            return f"{r.randint(1, 9)},{r.randint(1, 9)} milj. eiro"
        if k == 1:
            return f"{r.randint(10, 990)} {r.randrange(0, 1000, 50):03d} eiro"
        if k == 2:
            return f"EUR {r.randint(5, 95)} 000"
        if k == 3:
            return f"{r.randint(2, 40)} miljoni eiro"
        if k == 4:
            return f"{r.randint(10, 900)} tūkst. eiro"
        return f"{r.randint(1, 3)} {r.randint(100, 999)} {r.randrange(0, 1000, 100):03d} eiro"

    # ---- sentences
    def _sentence(self, year: int, ministry: dict[str, str], people: list[dict[str, str]]) -> str:
        r = self.rng
        p = r.choice(people)
        c1, c2 = r.sample(COUNTRIES, 2)
        prog = r.choice(PROGRAMMES)
        region = r.choice(REGIONS)
        org = r.choice(OTHER_ORGS)
        d = self._date(year)
        day = d.day % 18 + 1
        mgen, _, mdat = MONTHS[d.month - 1]
        ambassador = AMBASSADOR[r.random() < 0.5][0]
        templates = [
            lambda: (
                f"{_cap(self._date_loc(year))} {ministry['nom']} rīkoja konferenci par {r.choice(TOPICS_ACC)}."
            ),
            lambda: (
                f"Tikšanās laikā {p['role_nom']} {p['nom']} pārrunāja sadarbības iespējas ar {c1[1]} kolēģiem."
            ),
            lambda: (
                f"Projekta kopējais finansējums ir {self._amount()}, no kuriem {self._amount()} piešķirti no {prog[1]} līdzekļiem."
            ),
            lambda: (
                f"„{r.choice(QUOTES)}”, {r.choice(SPEECH_VERBS)} {ministry['gen']} {p['role_nom']} {p['nom']}."
            ),
            lambda: (
                f"{p['nom']}, {ministry['gen']} {p['role_nom']}, norādīja, ka {r.choice(CLAUSES)}."
            ),
            lambda: f"Vizītes laikā delegācija apmeklēja arī {c1[2]} un {c2[2]}.",
            lambda: f"Latvija turpinās atbalstīt reformas {region[1]} valstīs, it īpaši {c1[2]}.",
            lambda: f"Pieteikumus var iesniegt līdz {d.day}. {mdat}.",
            lambda: (
                f"{prog[1]} ietvaros {year - 1}. gadā atbalstīti {r.randint(3, 90)} projekti {region[2]}."
            ),
            lambda: f"Konference notiks {self._date_loc(year)} {r.choice(CITIES_LOC)}.",
            lambda: (
                f"{_cap(ministry['dat'])} papildus piešķirti {self._amount()} {r.choice(TOPICS_GEN)} pasākumiem."
            ),
            lambda: (
                f"{d.year}. gada {d.day}. {mgen} sanāksmē {org[0]} apstiprināja jaunu rīcības plānu."
            ),
            lambda: (
                f"Pateicību {ministry['gen']} {p['role_dat']} {p['dat']} izteica arī {c2[1]} {ambassador}."
            ),
            lambda: f"Pēc {p['role_gen']} {p['gen']} teiktā, {r.choice(CLAUSES)}.",
            lambda: f"{_cap(p['role_nom'])} {p['nom']} uzsvēra: „{r.choice(QUOTES)}.”",
            lambda: (
                f"Sadarbībā ar {org[2]} ministrija sagatavoja ziņojumu par {r.choice(TOPICS_ACC)}."
            ),
            lambda: (
                f"No {day}. {mgen} līdz {day + 10}. {mdat} notiks konsultācijas ar {c1[1]} un {c2[1]} ekspertiem."
            ),
        ]
        return r.choice(templates)()

    def release(self, index: int) -> Synthetic:
        r = self.rng
        year = r.randint(2015, 2025)
        published = self._date(year)
        ministry = self._ministry()
        people = [self._person() for _ in range(r.randint(1, 3))]
        topic = r.choice(TOPICS_ACC)
        title = r.choice(
            [
                f"{ministry['nom']} diskutē par {topic}",
                f"{_cap(people[0]['role_nom'])} {people[0]['nom']} tiekas ar {r.choice(COUNTRIES)[1]} delegāciju",
                f"Piešķirts finansējums {r.choice(TOPICS_GEN)} projektiem",
                f"Sākas pieteikšanās {r.choice(PROGRAMMES)[1]} konkursam",
            ]
        )
        target = max(200, int(r.lognormvariate(0, 0.45) * self.size))
        paragraphs: list[str] = []
        length = 0
        while length < target:
            para = " ".join(self._sentence(year, ministry, people) for _ in range(r.randint(2, 4)))
            paragraphs.append(para)
            length += len(para) + 2
        text = (
            f"## {title}\n\nPublicēts: {published:%d.%m.%Y}.\n\n" + "\n\n".join(paragraphs) + "\n"
        )
        doc_id = f"{index:06d}"
        return Synthetic(
            id=doc_id,
            url=f"https://www.example.gov.lv/lv/jaunums/{doc_id}",
            title=title,
            published=published,
            text=text,
        )

    def releases(self, n: int) -> Iterator[Synthetic]:
        for i in range(n):
            yield self.release(i)


# --------------------------------------------------------------------------- writers


def _encode(text: str, rng: random.Random, mixed: bool) -> bytes:
    if mixed:
        k = rng.random()
        if k < 0.05:
            return text.encode("cp1257", errors="replace")
        if k < 0.10:
            return text.encode("utf-8-sig")
    return text.encode("utf-8")


def write_dir(docs: Iterator[Synthetic], out: Path, *, mixed: bool = False, seed: int = 1) -> int:
    rng = random.Random(seed)
    n = 0
    for d in docs:
        sub = out / d.id[:3]
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{d.id}.txt").write_bytes(_encode(d.text, rng, mixed))
        n += 1
    return n


def write_zip(docs: Iterator[Synthetic], out: Path, *, mixed: bool = False, seed: int = 1) -> int:
    rng = random.Random(seed)
    n = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for d in docs:
            z.writestr(f"releases/{d.id}.txt", _encode(d.text, rng, mixed))
            n += 1
    return n


def write_tar(docs: Iterator[Synthetic], out: Path, *, mixed: bool = False, seed: int = 1) -> int:
    rng = random.Random(seed)
    n = 0
    with tarfile.open(out, "w:gz") as t:
        for d in docs:
            data = _encode(d.text, rng, mixed)
            info = tarfile.TarInfo(f"releases/{d.id}.txt")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
            n += 1
    return n


def write_jsonl(docs: Iterator[Synthetic], out: Path) -> int:
    n = 0
    opener = gzip.open if out.name.endswith(".gz") else open
    with opener(out, "wt", encoding="utf-8") as f:
        for d in docs:
            f.write(
                json.dumps({"id": d.id, "url": d.url, "text": d.text}, ensure_ascii=False) + "\n"
            )
            n += 1
    return n


def warc_record(
    uri: str,
    payload: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    http_headers: str = "",
    warc_type: str = "response",
    record_id: str | None = None,
) -> bytes:
    """One WARC/1.0 record: a ``response`` holding an HTTP response with ``payload`` (extra
    ``http_headers`` lines end in CRLF), or a bare ``resource`` of ``content_type``."""
    if warc_type == "response":
        length = (
            ""
            if "transfer-encoding" in http_headers.lower()
            else f"Content-Length: {len(payload)}\r\n"
        )
        block = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{length}{http_headers}\r\n"
        ).encode() + payload
        block_type = "application/http; msgtype=response"
    else:
        block, block_type = payload, content_type
    rid = record_id or f"urn:uuid:{uuid.uuid4()}"
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\n"
        f"WARC-Record-ID: <{rid}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        f"WARC-Target-URI: {uri}\r\nContent-Type: {block_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write_warc(docs: Iterator[Synthetic], out: Path, *, seed: int = 1) -> int:
    """HTML pages as response records (one gzip member per record for .warc.gz), with an image
    record every 10 pages and a 404 page every 25."""
    rng = random.Random(seed)
    compress = out.name.endswith(".gz")
    n = 0
    with open(out, "wb") as f:
        for i, d in enumerate(docs):
            recs = [
                warc_record(
                    d.url,
                    d.html().encode("utf-8"),
                    record_id=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}",
                )
            ]
            if i % 10 == 9:
                recs.append(
                    warc_record(
                        d.url + "/logo.png",
                        b"\x89PNG\r\n\x1a\n" + bytes(200),
                        content_type="image/png",
                    )
                )
            if i % 25 == 24:
                recs.append(
                    warc_record(
                        d.url + "/x",
                        b"<html><body>Nav atrasts</body></html>",
                        status="404 Not Found",
                    )
                )
            for rec in recs:
                f.write(gzip.compress(rec, compresslevel=6) if compress else rec)
            n += 1
    return n


def write(
    fmt: str, n: int, out: Path, *, seed: int = 1, size: int = 2048, mixed: bool = False
) -> int:
    """Write ``n`` releases as ``fmt`` to ``out``; returns the number written."""
    docs = ReleaseGenerator(seed, size).releases(n)
    if fmt == "dir":
        return write_dir(docs, out, mixed=mixed, seed=seed)
    if fmt == "zip":
        return write_zip(docs, out, mixed=mixed, seed=seed)
    if fmt == "tar":
        return write_tar(docs, out, mixed=mixed, seed=seed)
    if fmt == "jsonl":
        return write_jsonl(docs, out)
    if fmt == "warc":
        return write_warc(docs, out, seed=seed)
    raise ValueError(f"unknown format {fmt!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="number of releases (1k-100k)")
    ap.add_argument("--format", choices=("dir", "zip", "tar", "jsonl", "warc"), default="jsonl")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=2048, help="typical release length in characters")
    ap.add_argument("--encodings", choices=("utf8", "mixed"), default="utf8")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if args.format == "dir":
        out.mkdir(parents=True, exist_ok=True)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
    n = write(
        args.format, args.n, out, seed=args.seed, size=args.size, mixed=args.encodings == "mixed"
    )
    size = (
        sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        if out.is_dir()
        else os.path.getsize(out)
    )
    print(f"{n} releases -> {out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
