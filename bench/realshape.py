"""Distinct real-shaped news articles, generated, for benchmarks at scale.

Copies of the five demo articles make caches and batch statistics lie, and
real pages cannot be shipped. These articles are written from small tables of
our own phrases, in the shape of scraped Indonesian news pages: a menu and a
timestamp above the headline, a byline, a lead with an outlet dateline,
paragraphs mixing direct and indirect quotes, day-name dates, relative dates,
numbers and relayed sources, a "Baca juga" teaser between paragraphs, and a
footer of editor, tags and share links. Every article is different text; the
same ``seed`` gives the same articles.

Use:
    from realshape import articles, write_corpus   # with bench/ on sys.path
    raws = articles(2000, seed=1)                   # list[RawDoc]
    write_corpus(Path("corpus"), 2000, seed=1)      # one .json per article
    python bench/realshape.py OUT_DIR N [SEED]      # the same from a shell
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pantau.doc import RawDoc

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
OUTLETS = (
    ("kabarnusa.co.id", "KABARNUSA.CO.ID"),
    ("warta-timur.com", "WARTATIMUR.COM"),
    ("harianpesisir.id", "Harianpesisir.id"),
    ("suarakota.net", "SUARAKOTA"),
    ("beritalembah.com", "BERITALEMBAH.COM"),
    ("lintasbumi.co.id", "LINTASBUMI"),
    ("kompasiana-daerah.id", "KD.ID"),
    ("newsjawa.com", "NEWSJAWA.COM"),
)
FIRST = (
    "Agus",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Oki",
    "Putri",
    "Rahmat",
    "Sari",
    "Teguh",
    "Umar",
    "Vina",
    "Wahyu",
    "Yusuf",
    "Zainal",
    "Ayu",
    "Bambang",
    "Dimas",
    "Rina",
)
LAST = (
    "Santoso",
    "Wibowo",
    "Lestari",
    "Nugroho",
    "Saputra",
    "Hidayat",
    "Siregar",
    "Nasution",
    "Pratama",
    "Kurniawan",
    "Halim",
    "Simanjuntak",
    "Wijaya",
    "Setiawan",
    "Rahman",
    "Harahap",
    "Prasetyo",
    "Susanto",
    "Utami",
    "Gunawan",
)
ROLES = (
    ("Kepala", "Dinas Kesehatan"),
    ("Kepala", "Badan Penanggulangan Bencana Daerah"),
    ("Juru Bicara", "Kementerian Perhubungan"),
    ("Direktur Utama", "PT Kereta Api Indonesia"),
    ("Ketua", "Komisi Pemilihan Umum"),
    ("Kapolres", "Polres Kota Besar"),
    ("Gubernur", "Provinsi"),
    ("Kepala", "Badan Pusat Statistik"),
    ("Menteri", "Kementerian Pertanian"),
    ("Ketua", "Dewan Perwakilan Rakyat Daerah"),
)
PLACES = (
    ("Surabaya", "Jawa Timur"),
    ("Semarang", "Jawa Tengah"),
    ("Bandung", "Jawa Barat"),
    ("Medan", "Sumatera Utara"),
    ("Makassar", "Sulawesi Selatan"),
    ("Denpasar", "Bali"),
    ("Padang", "Sumatera Barat"),
    ("Pontianak", "Kalimantan Barat"),
    ("Kupang", "Nusa Tenggara Timur"),
    ("Jayapura", "Papua"),
    ("Palembang", "Sumatera Selatan"),
    ("Yogyakarta", "DI Yogyakarta"),
)
EVENTS = (
    ("Banjir", "merendam", "rumah warga", "banjir"),
    ("Kebakaran", "menghanguskan", "kios di pasar induk", "kebakaran"),
    ("Angin kencang", "merusak", "rumah dan fasilitas umum", "angin kencang"),
    ("Tanah longsor", "menimbun", "rumah di lereng bukit", "tanah longsor"),
    ("Kecelakaan beruntun", "melibatkan", "kendaraan di jalan tol", "kecelakaan lalu lintas"),
    ("Gelombang tinggi", "menghantam", "perahu nelayan", "gelombang tinggi"),
    ("Gempa bumi", "merusak", "bangunan sekolah", "gempa bumi"),
    ("Kekeringan", "melanda", "hektare sawah", "kekeringan"),
)
MENU = (
    "Home",
    "News",
    "Nasional",
    "Daerah",
    "Bisnis",
    "Sport",
    "Tekno",
    "Hiburan",
    "Gaya Hidup",
    "Video",
    "Foto",
    "Indeks",
)
RELAYS = ("Antara", "Reuters", "AFP", "Kantor Berita Anadolu", "laman resmi pemerintah")
CUES = ("kata", "ujar", "tutur", "jelas", "ungkap")
INDIRECT = ("menegaskan", "menilai", "menyebut", "memastikan", "mengatakan")
TAGS = (
    "banjir",
    "cuaca",
    "pemerintah-daerah",
    "transportasi",
    "kesehatan",
    "politik",
    "ekonomi",
)


@dataclass(frozen=True, slots=True)
class Story:
    """What one article reports: the facts its sentences are built from."""

    outlet: tuple[str, str]
    official: tuple[str, str, str]
    witness: str
    place: tuple[str, str]
    event: tuple[str, str, str, str]
    day: date
    published: date
    count: int
    author: str


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _story(rng: random.Random) -> Story:
    role, org = rng.choice(ROLES)
    place = rng.choice(PLACES)
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
    return Story(
        outlet=rng.choice(OUTLETS),
        official=(_person(rng), role, f"{org} {place[0]}" if org == "Provinsi" else org),
        witness=_person(rng),
        place=place,
        event=rng.choice(EVENTS),
        day=day,
        published=day + timedelta(days=rng.choice((0, 0, 1, 1, 2))),
        count=rng.randrange(3, 4000),
        author=_person(rng),
    )


def _day_date(day: date, year: bool = True) -> str:
    """The way Indonesian outlets print a day: ``Senin (4/3/2024)``."""
    tail = f"/{day.year}" if year else ""
    return f"{DAYS[day.weekday()]} ({day.day}/{day.month}{tail})"


def _long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _header(rng: random.Random, story: Story) -> list[str]:
    menu = rng.sample(MENU, rng.randrange(4, 9))
    stamp = f"{_long_date(story.published)}, {rng.randrange(6, 23):02d}:{rng.randrange(60):02d} WIB"
    return [*menu, stamp]


def _title(story: Story) -> str:
    role, what = story.official[1], story.event[2]
    return (
        f"{story.event[3].title()} di {story.place[0]}, {role} Sebut {story.count} {what.title()}"
    )


def _lead(story: Story) -> str:
    city = story.place[0]
    name, role, org = story.official
    kind, verb, what, _ = story.event
    return (
        f"{city.upper()}, {story.outlet[1]} - {kind} {verb} {story.count} {what} "
        f"di {city}, {story.place[1]}, pada {_day_date(story.day)}. {role} {org}, {name}, "
        f"menyebut jumlah itu masih bisa bertambah."
    )


CLAUSES = (
    "kami terus memantau perkembangan di lapangan",
    "warga kami minta tetap waspada dan mengikuti arahan petugas",
    "bantuan logistik sudah dikirim sejak pagi",
    "tim gabungan masih menyisir lokasi terdampak",
    "data ini masih sementara dan bisa berubah",
    "anggaran tanggap darurat sudah kami siapkan",
    "kami berkoordinasi dengan pemerintah provinsi",
    "sekolah di sekitar lokasi diliburkan sementara",
    "jalur evakuasi sudah kami buka",
    "kami tidak ingin ada korban susulan",
)


def _direct(rng: random.Random, story: Story) -> str:
    name = story.official[0]
    said = ", ".join(rng.sample(CLAUSES, rng.randrange(1, 4)))
    cue = rng.choice(CUES)
    return f"\u201c{said.capitalize()},\u201d {cue} {name.split()[-1]} di {story.place[0]}."


SIDES = ("utara", "selatan", "timur", "barat")


def _indirect(rng: random.Random, story: Story) -> str:
    name = story.official[0]
    share, funds = rng.randrange(10, 95), rng.randrange(2, 900)
    return (
        f"Menurut {name}, sekitar {share} persen dari {story.count} {story.event[2]} itu "
        f"berada di wilayah {rng.choice(SIDES)} kota. Ia {rng.choice(INDIRECT)} bahwa "
        f"pemerintah telah menyiapkan dana Rp {funds} juta."
    )


def _witness(rng: random.Random, story: Story) -> str:
    hour, outlet = rng.randrange(1, 12), story.outlet[1].title()
    return (
        f"{story.witness}, warga setempat, mengatakan peristiwa itu terjadi sekitar pukul "
        f"{hour:02d}.00 WIB. \u201cSaya lihat sendiri, semua orang panik,\u201d ujarnya "
        f"saat ditemui {outlet}."
    )


def _background(rng: random.Random, story: Story) -> str:
    before = story.day - timedelta(days=rng.randrange(20, 400))
    hit, fled = rng.randrange(2, 300), rng.randrange(1, 60)
    return (
        f"Peristiwa serupa pernah terjadi pada {_long_date(before)}. Saat itu tercatat "
        f"{hit} {story.event[2]} terdampak dan {fled} orang mengungsi."
    )


def _relayed(rng: random.Random, story: Story) -> str:
    visit = _day_date(story.day + timedelta(days=1), year=False)
    return (
        f"Seperti dilansir {rng.choice(RELAYS)}, kejadian di {story.place[1]} itu juga "
        f"menarik perhatian pemerintah pusat yang berjanji mengirim tim pada {visit}."
    )


def _yesterday(rng: random.Random, story: Story) -> str:
    return (
        f"Kemarin, petugas gabungan mendata {rng.randrange(5, 500)} keluarga dan membuka "
        f"{rng.randrange(2, 20)} posko di sekitar {story.place[0]}."
    )


def _losses(rng: random.Random, story: Story) -> str:
    billions, weeks = rng.randrange(1, 90), rng.randrange(2, 9)
    return (
        f"Kerugian akibat {story.event[3]} ditaksir mencapai Rp {billions} miliar. Pemerintah "
        f"{story.place[1]} menargetkan perbaikan selesai dalam {weeks} pekan, sementara "
        f"warga yang rumahnya rusak berat akan menerima bantuan sewa selama tiga bulan."
    )


def _second_voice(rng: random.Random, story: Story) -> str:
    role, org = rng.choice(ROLES)
    return (
        f"Sementara itu, {role} {org} {story.place[1]}, {_person(rng)}, {rng.choice(INDIRECT)} "
        f"pihaknya akan mengevaluasi kesiapan petugas di lapangan. Evaluasi dijadwalkan pada "
        f"{_day_date(story.published + timedelta(days=rng.randrange(2, 10)))}."
    )


PARAGRAPHS = (
    _direct,
    _indirect,
    _witness,
    _background,
    _relayed,
    _yesterday,
    _losses,
    _second_voice,
)


def _body(rng: random.Random, story: Story) -> list[str]:
    middle = [
        make(rng, story) for make in rng.sample(PARAGRAPHS, rng.randrange(3, len(PARAGRAPHS) + 1))
    ]
    teaser = (
        f"Baca juga: {rng.choice(EVENTS)[3].title()} Kembali Terjadi di {rng.choice(PLACES)[0]}"
    )
    middle.insert(rng.randrange(1, len(middle) + 1), teaser)
    return [_lead(story), *middle]


def _footer(rng: random.Random, story: Story) -> list[str]:
    tags = rng.sample(TAGS, 3)
    return [
        f"Editor: {_person(rng)}",
        f"Tags: {' '.join('#' + tag for tag in tags)}",
        "Bagikan: Facebook Twitter WhatsApp",
        f"Copyright \u00a9 {story.published.year} {story.outlet[1]}. All rights reserved.",
    ]


def _raw(rng: random.Random, number: int) -> RawDoc:
    story = _story(rng)
    lines = [
        *_header(rng, story),
        _title(story),
        f"Penulis: {story.author}",
        *_body(rng, story),
        *_footer(rng, story),
    ]
    slug = _title(story).lower().replace(",", "").replace(" ", "-")
    url = f"https://{story.outlet[0]}/{story.published:%Y/%m/%d}/{number}/{slug}"
    return RawDoc(id=f"rs-{number:07d}", source=url, text="\n".join(lines), url=url)


def articles(n: int, seed: int = 0) -> list[RawDoc]:
    """``n`` distinct articles; the same seed gives the same ones."""
    rng = random.Random(seed)
    made: list[RawDoc] = []
    seen: set[str] = set()
    while len(made) < n:
        raw = _raw(rng, len(made))
        if raw.text not in seen:
            seen.add(raw.text or "")
            made.append(raw)
    return made


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` articles as crawler-style ``.json`` files (id, url, text); return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for raw in articles(n, seed):
        path = folder / f"{raw.id}.json"
        record = {"id": raw.id, "url": raw.url, "text": raw.text}
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    out, count = Path(sys.argv[1]), int(sys.argv[2])
    write_corpus(out, count, int(sys.argv[3]) if len(sys.argv) > 3 else 0)
