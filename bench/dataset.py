"""100,000 realistic clients for one advisor, bulk-inserted with SQLAlchemy Core."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from app.domain.identity import mod11_2_check_char
from app.services.context import Actor, Workspace
from app.store.engine import writer
from app.store.ids import new_id
from app.store.models import Client

SEED = 20260301
# Common surnames, roughly by frequency (王 and 李 about 7 % each); compound ones are rare.
SURNAMES = (
    ("王", 71), ("李", 70), ("张", 64), ("刘", 53), ("陈", 45), ("杨", 31), ("黄", 22),
    ("赵", 20), ("吴", 20), ("周", 19), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13),
    ("胡", 12), ("郭", 12), ("何", 11), ("高", 10), ("林", 10), ("罗", 9), ("郑", 9),
    ("梁", 9), ("谢", 7), ("宋", 7), ("唐", 7), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6),
    ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5), ("袁", 5), ("潘", 4),
    ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4), ("程", 4), ("苏", 4),
    ("魏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3),
    ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3),
    ("廖", 3), ("贾", 3), ("夏", 3), ("韦", 3), ("付", 3), ("方", 3), ("白", 3), ("邹", 3),
    ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
    ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("黎", 2), ("贺", 2), ("顾", 2),
    ("毛", 2), ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("覃", 1),
    ("武", 1), ("戴", 1), ("莫", 1), ("孔", 1), ("向", 1), ("汤", 1), ("司马", 1), ("诸葛", 1),
)  # fmt: skip
# Popular full given names (a quarter of the clients), then free combinations.
POPULAR_GIVEN = [
    "秀英",
    "桂英",
    "秀兰",
    "建华",
    "建国",
    "志强",
    "伟",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "霞",
    "平",
    "刚",
    "桂兰",
]
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华英兰红玉梅建国志文德海林波宇浩然子涵欣怡思"
    "雨晨轩博睿嘉琪佳悦梓萱一诺俊宏鹏飞晓东亮辉成云龙凤琳雪慧颖倩婷晶琴秀珍宁安乐家和春秋"
    "冬阳光荣福禄寿永长立新旭升凯鑫磊峰斌彬瑞祥"
)
REGIONS = (
    "110101", "110105", "110108", "310101", "310104", "310115", "440103", "440106", "440305",
    "330102", "330106", "320102", "320106", "510104", "510107", "420102", "420106", "610103",
    "370102", "370203", "210102", "500103", "120101", "350102", "430102", "410105", "340104",
)  # fmt: skip
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]
CITIES = ("北京市朝阳区", "上海市浦东新区", "广州市天河区", "深圳市南山区", "杭州市西湖区",
          "南京市鼓楼区", "成都市武侯区", "武汉市江汉区", "西安市雁塔区")  # fmt: skip
ROADS = ("建国路", "人民路", "解放路", "中山路", "和平路", "长江路", "新华路", "滨江大道")
OCCUPATIONS = ("教师", "医生", "工程师", "公务员", "个体经营", "企业职员", "退休", "自由职业")
EMPLOYERS = ("", "某某科技有限公司", "市第一人民医院", "区实验小学", "某某商贸有限公司")

RARE_NAME = "欧阳婧雯"  # planted once: compound surname and given name outside the pools


@dataclass(frozen=True)
class Planted:
    """Search terms chosen from the generated data (so they are known to match)."""

    surname: str
    name_part: str
    rare_name: str
    phone_digits: str
    id_last4: str
    no_match: str


def _weighted_surnames() -> list[str]:
    return [name for name, weight in SURNAMES for _ in range(weight)]


def _id_number(rng: random.Random, born: date, male: bool, seen: set[str]) -> str:
    while True:
        seq = rng.randrange(0, 1000)
        if (seq % 2 == 1) != male:
            seq = (seq + 1) % 1000
        first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{seq:03d}"
        number = first17 + mod11_2_check_char(first17)
        if number not in seen:
            seen.add(number)
            return number


def _phone(rng: random.Random, seen: set[str]) -> str:
    while True:
        phone = f"+86{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
        if phone not in seen:
            seen.add(phone)
            return phone


def _money(rng: random.Random, low: int, high: int) -> Decimal | None:
    if rng.random() < 0.1:
        return None
    return Decimal(rng.randrange(low, high) * 1000)


class Generator:
    """Client rows (every column set) owned by ``actor``, in batches; row 0 has the rare name.

    The search terms that depend on the data are known once every batch was taken.
    """

    def __init__(self, ws: Workspace, actor: Actor) -> None:
        self.ws = ws
        self.actor = actor
        self.rng = random.Random(SEED)
        self.surnames = _weighted_surnames()
        self.ids: set[str] = set()
        self.phones: set[str] = set()
        self.now = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
        self.phone_digits = ""
        self.x_last4 = ""

    def _name(self, i: int) -> str:
        rng = self.rng
        if i == 0:
            return RARE_NAME
        if rng.random() < 0.25:
            return rng.choice(self.surnames) + rng.choice(POPULAR_GIVEN)
        given_len = 1 if rng.random() < 0.3 else 2
        return rng.choice(self.surnames) + "".join(rng.choices(GIVEN_CHARS, k=given_len))

    def row(self, i: int) -> dict[str, Any]:
        rng = self.rng
        name = self._name(i)
        male = rng.random() < 0.5
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 66))
        id_number = _id_number(rng, born, male, self.ids)
        created = self.now - timedelta(seconds=rng.randrange(3 * 365 * 86400))
        updated = created + timedelta(
            seconds=rng.randrange(int((self.now - created).total_seconds()))
        )
        deleted = updated if i > 0 and rng.random() < 0.01 else None
        phone = _phone(rng, self.phones)
        if i == 1:
            self.phone_digits = phone[6:10]  # the middle four digits of the mobile number
        if not self.x_last4 and deleted is None and id_number.endswith("X"):
            self.x_last4 = id_number[-4:]
        return {
            "id": new_id(),
            "created_at": created,
            "updated_at": updated,
            "version": 1 if updated == created else rng.randint(1, 5),
            "origin_device_id": self.ws.device_id,
            "deleted_at": deleted,
            "owner_user_id": self.actor.user_id,
            "branch_id": self.actor.branch_id,
            "kind": "person",
            "name": name,
            "name_search": name.casefold(),
            "id_type": "mainland_id",
            "id_number": id_number,
            "id_last4": id_number[-4:],
            "birth_date": born,
            "gender": "male" if male else "female",
            "nationality": "CHN",
            "phone": phone,
            "email": f"client{i}@example.com" if rng.random() < 0.4 else "",
            "address": f"{rng.choice(CITIES)}{rng.choice(ROADS)}{rng.randint(1, 999)}号",
            "occupation": rng.choice(OCCUPATIONS),
            "employer": rng.choice(EMPLOYERS),
            "annual_income": _money(rng, 30, 2000),
            "income_3y_avg": _money(rng, 30, 2000),
            "financial_assets": _money(rng, 10, 20000),
            "family_financial_assets": _money(rng, 10, 40000),
            "family_financial_net_assets": _money(rng, 10, 30000),
            "investment_experience_years": rng.randint(0, 30),
            "civil_capacity": "full",
            "investor_class": "professional" if rng.random() < 0.03 else "ordinary",
            "guardian_name": "",
            "guardian_consent": False,
        }

    def batches(self, count: int, size: int = 10_000) -> Iterator[list[dict[str, Any]]]:
        for first in range(0, count, size):
            yield [self.row(i) for i in range(first, min(count, first + size))]

    def planted(self) -> Planted:
        return Planted(
            surname="王",
            name_part="建华",
            rare_name=RARE_NAME,
            phone_digits=self.phone_digits,
            id_last4=self.x_last4,
            no_match="查无此人",
        )


@dataclass(frozen=True)
class InsertTiming:
    rows: int
    insert_ms: float  # the executemany calls and the commit, generation excluded
    generate_ms: float


def bulk_insert(ws: Workspace, batches: Iterator[list[dict[str, Any]]]) -> InsertTiming:
    """Insert every batch in one write transaction (SQLAlchemy Core ``insert(Client)``)."""
    rows = 0
    generate_ms = 0.0
    start = time.perf_counter()
    with writer(ws.db.engine).begin() as conn:
        while True:
            began = time.perf_counter()
            batch = next(batches, None)
            generate_ms += (time.perf_counter() - began) * 1000
            if batch is None:
                break
            conn.execute(insert(Client), batch)
            rows += len(batch)
    total_ms = (time.perf_counter() - start) * 1000
    return InsertTiming(rows, total_ms - generate_ms, generate_ms)
