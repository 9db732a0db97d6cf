"""Demo minors and guardians: Faker zh_CN names, valid ID numbers, consistent family make-up."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from faker import Faker
from stdnum.cn import ric

from familyedu.demo import vocab
from familyedu.models import Gender, RiskLevel
from familyedu.services.core.validation import age_on

C = TypeVar("C", bound=str)


def pick(rng: random.Random, weighted: tuple[tuple[C, int], ...]) -> C:
    """One code of a (code, weight) list."""
    total = sum(w for _, w in weighted)
    roll = rng.random() * total
    for code, weight in weighted:
        roll -= weight
        if roll < 0:
            return code
    return weighted[-1][0]


def grade_for(age: int) -> str:
    return vocab.GRADES[min(max(age, 3), 17) - 3]


@dataclass
class Family:
    """One minor with guardians, before ids are given."""

    minor: dict[str, Any]
    guardians: list[dict[str, Any]]
    county: str
    town: str
    village: str


@dataclass
class PeopleMaker:
    """Makes families; remembers every ID number so none is issued twice."""

    rng: random.Random
    faker: Faker
    taken_ids: set[str] = field(default_factory=set)

    def resident_id(self, region: str, born: date, gender: Gender) -> str:
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if gender is Gender.MALE else 0)
            body = f"{region}{born:%Y%m%d}{seq:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number not in self.taken_ids:
                self.taken_ids.add(number)
                return number

    def mobile(self) -> str:
        return self.rng.choice(vocab.MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        return f"{vocab.LANDLINE_AREA}-{self.rng.randrange(2, 9)}{self.rng.randrange(10**7):07d}"

    def away_place(self) -> tuple[str, str]:
        """Where a parent working elsewhere lives, and the job."""
        city = self.faker.city_name()
        province = self.faker.province()
        street = self.faker.street_name()
        address = f"{province}{city}市{street}{self.rng.randrange(1, 300)}号"
        return address, f"{province}{city}市 {self.rng.choice(vocab.JOBS)}"

    def family(self, *, opened_on: date, today: date, guardianship: str,
               involvement: str) -> Family:
        rng, fk = self.rng, self.faker
        gender = Gender.MALE if rng.random() < 0.55 else Gender.FEMALE
        age = rng.choice((4, 5, 6, 7, 8, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15,
                          16, 16))
        if involvement in ("non_prosecution", "conditional_non_prosecution", "sentenced"):
            age = rng.randint(14, 16)  # criminal responsibility starts at 12–14
        born = opened_on - timedelta(days=age * 365 + rng.randrange(0, 360))
        while age_on(born, today) >= 18:  # still a minor today: the records are of minors
            born += timedelta(days=365)
            age -= 1
        region = rng.choice(vocab.REGIONS)
        county_full, county = vocab.COUNTY_OF[region]
        town, village = rng.choice(vocab.TOWNS), rng.choice(vocab.VILLAGES)
        home = f"{county_full}{town}{village}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        surname = fk.last_name()
        given = fk.first_name_male() if gender is Gender.MALE else fk.first_name_female()
        living = pick(rng, vocab.LIVING[guardianship])
        minor: dict[str, Any] = {
            "name": surname + given,
            "gender": gender,
            "date_of_birth": born,
            "resident_id": (self.resident_id(region, born, gender)
                            if rng.random() < 0.93 else None),
            "school": "" if age < 6 else (f"{county}县{town}中心小学" if age < 12
                                          else f"{county}县第{rng.randint(1, 5)}中学"),
            "grade": grade_for(age),
            "household_address": home,
            "current_address": home if rng.random() < 0.85 else (
                f"{county_full}城关镇{fk.street_name()}{rng.randint(1, 200)}号"),
            "guardianship": guardianship,
            "living_with": living,
            "involvement": involvement,
        }
        guardians = self._guardians(surname, str(minor["current_address"]), guardianship,
                                    living, county)
        return Family(minor, guardians, county, town, village)

    def _guardians(self, surname: str, address: str, guardianship: str, living: str,
                   county: str) -> list[dict[str, Any]]:
        rng, fk = self.rng, self.faker
        father = {"relation": "father", "name": surname + fk.first_name_male()}
        mother = {"relation": "mother", "name": fk.last_name() + fk.first_name_female()}
        grandma = {"relation": "grandmother", "name": fk.last_name() + fk.first_name_female()}
        grandpa = {"relation": "grandfather", "name": surname + fk.first_name_male()}
        relative = {"relation": "relative", "name": fk.name()}
        parents_away = guardianship in ("both_away", "one_away_other_unable")
        home: list[dict[str, Any]]
        away: list[dict[str, Any]] = []
        if living == "both_parents":
            home = [father, mother] if rng.random() < 0.5 else [mother, father]
        elif living == "one_parent":
            home, other = ([mother], father) if rng.random() < 0.55 else ([father], mother)
            if guardianship in ("divorced_absent", "one_away_other_unable", "parent_detained") \
                    and rng.random() < 0.7:
                away = [other]
        elif living == "grandparents":
            home = [grandma, grandpa] if rng.random() < 0.4 else [grandma]
            if guardianship != "unsupported":
                away = [father, mother] if parents_away and rng.random() < 0.5 else [father]
        elif living == "institution":
            home = [{"relation": "institution", "name": f"{county}县儿童福利院"}]
        elif living == "alone":
            home = []
            away = [father, mother] if guardianship != "unsupported" else [relative]
        else:  # relatives, other
            home = [relative]
            if guardianship != "unsupported":
                away = [mother if rng.random() < 0.5 else father]
        rows: list[dict[str, Any]] = []
        for person in (home + away)[:3]:
            lives = any(person is h for h in home)
            row = {
                "name": person["name"], "relation": person["relation"],
                "phone": (self.landline() if person["relation"] == "institution" or (
                    person["relation"].startswith("grand") and rng.random() < 0.3)
                          else self.mobile()),
                "address": address, "lives_with_minor": lives, "works_where": "",
                "is_primary_contact": False, "is_order_subject": False, "removed": False,
            }
            if not lives:
                if guardianship == "parent_detained" and person["relation"] in ("father",
                                                                                "mother"):
                    row["address"], row["works_where"] = "贵州省某监狱", "服刑"
                else:
                    row["address"], row["works_where"] = self.away_place()
            rows.append(row)
        if rows:
            rows[0]["is_primary_contact"] = True
        return rows


def risk(rng: random.Random, guardianship: str, involvement: str) -> tuple[RiskLevel, str]:
    """Risk level with a reason; violence, offences and children alone weigh heavier."""
    heavy = guardianship in ("domestic_violence", "unsupported") or involvement in (
        "victim", "sentenced", "conditional_non_prosecution")
    roll = rng.random()
    level = (RiskLevel.HIGH if roll < (0.45 if heavy else 0.1)
             else RiskLevel.MEDIUM if roll < (0.85 if heavy else 0.6) else RiskLevel.LOW)
    return level, rng.choice(vocab.RISK_REASONS[level.value])
