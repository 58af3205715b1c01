"""Who a 公文 addresses and who a sentence puts to work: organisation names, their kind and level.

Rules, not a list of the seed's names: an organisation name ends in one of the suffixes Chinese
government documents use (主管部门, 厅, 局, 协会, 联合会 …); a list "A、B主管部门" shares the last
item's suffix and "各市经信局、商务局" shares the first item's locality; a department's kind is
read from the words every level uses for it (经信/工信/经济和信息化 are one kind).
"""

from __future__ import annotations

import re

# Longest first so "主管部门" wins over "部门" and "办公厅" over "厅".
ORG_SUFFIXES = ("主管部门", "有关部门", "行政部门", "部门", "办公厅", "办公室", "委员会", "联合会", "商会", "协会",
                "学会", "促进中心", "中心", "人民政府", "政府", "服务机构", "机构", "有关单位", "单位", "企业",
                "兵团", "厅", "局", "委", "部", "处", "司", "科", "办")
_SUFFIX = "|".join(ORG_SUFFIXES)
# A name does not run through a modal or a verb duties start with ("各地要会同…" is not one name).
_NAME_CHARS = r"(?:(?!要|应(?!对|用)|会同|负责|牵头|鼓励|支持|帮助|通过)[\u4e00-\u9fff（）()])"
# Local governments as a list addresses them; the forms with a bracket (各区（市）, 各市（州）) are how
# cities with county-level cities and provinces with autonomous prefectures write "every one of us".
_PLACES = r"设区市|县级市（区）|县（市、区）|区（市）|市（州）|市（区）|县（区）|市州|市|县|区"
_PLACE_ACTOR = rf"各(?:{_PLACES}|地)"
ORG = rf"(?:{_NAME_CHARS}{{0,30}}?(?:{_SUFFIX})|{_PLACE_ACTOR}|各单位|各级)"

# Words that stand for every addressee of the document.
ALL_ADDRESSEES = ("各单位", "各有关单位", "各地", "各部门", "各有关部门", "各级")

# Department kinds: (canonical name, words that name it at any level).
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("工业和信息化主管部门", ("工业和信息化", "经济和信息化", "经信", "工信")),
    ("商务主管部门", ("商务",)),
    ("发展改革部门", ("发展改革", "发展和改革", "发改")),
    ("财政部门", ("财政",)),
    ("市场监管部门", ("市场监管", "市场监督管理")),
    ("人力资源社会保障部门", ("人力资源", "人社")),
    ("科技部门", ("科技", "科学技术")),
    ("农业农村部门", ("农业农村",)),
    ("文化和旅游部门", ("文化和旅游", "文旅")),
    ("生态环境部门", ("生态环境",)),
    ("统计部门", ("统计",)),
    ("行业协会", ("协会", "联合会", "商会")),
    ("企业", ("企业",)),
)

LOCALITY = re.compile(rf"^(各(?:{_PLACES}|地|省)"
                      r"|[\u4e00-\u9fff]{0,8}?(?:省|自治区|市(?!场)|县|区))")
_LEVELS = (("国家", re.compile(r"^(?:国家|中国|全国|国务院|工业和信息化部|商务部|[\u4e00-\u9fff]{0,6}部(?:办公厅)?$)")),
           ("省", re.compile(r"(?:^省|省|自治区|直辖市|厅)")),
           ("市", re.compile(r"(?:^市|市|局)")),
           ("县", re.compile(r"(?:县|区)")))


def kind_of(name: str) -> str | None:
    """The department kind a name belongs to ("浙江省商务厅" → 商务主管部门), or None."""
    body = LOCALITY.sub("", name) or name
    if body.endswith(("协会", "联合会", "商会")):
        return "行业协会"
    if body.endswith(("中心", "机构", "平台")):
        return None  # 省电子商务促进中心 is not a 商务 department
    for canonical, words in KINDS:
        if any(w in body for w in words):
            return canonical
    return None


def level_of(name: str) -> str | None:
    """国家 / 省 / 市 / 县 for a name that says its level; None for a generic one (各地…主管部门)."""
    if re.match(r"各地级(?:以上)?市", name):
        return "市"  # 各地级以上市…: every prefecture-level city, not "every place"
    if name.startswith(("各地", "各级")) or name in ALL_ADDRESSEES:
        return None
    for level, pattern in _LEVELS:
        if pattern.search(name):
            return level
    return None


def locality(name: str) -> str:
    m = LOCALITY.match(name)
    return m.group(0) if m else ""


_ITEM_BREAK = re.compile(r"[、，,；;]|(?<=[^\u4e00-\u9fff（）])和|(?:及|与|和)(?=各|省|市|县|区|有关|中国|国家)")


def split_names(text: str) -> list[str]:
    """"各地工业和信息化主管部门、商务主管部门" → both, each with the shared locality;
    "工业和信息化、商务主管部门" → both with the shared suffix. Items joined by 、 和 及 与 ，."""
    text = re.sub(r"\s+", "", text).strip("，、；。：:")
    parts = [p for p in _ITEM_BREAK.split(text) if p]
    parts = _split_on_and(parts)
    if not parts:
        return []
    last_suffix = next((s for s in ORG_SUFFIXES if parts[-1].endswith(s)), "")
    is_place = [bool(LOCALITY.fullmatch(p) or _GENERIC_PLACES.fullmatch(p)) for p in parts]
    first_place = next((locality(p) for p, place in zip(parts, is_place, strict=True) if not place), "")
    names: list[str] = []
    pending: list[str] = []  # "嘉兴市、湖州市经信局": 嘉兴市 takes 湖州市's 经信局
    for part, place in zip(parts, is_place, strict=True):
        if place:
            if not part.startswith("各") and not _GENERIC_PLACES.fullmatch(part):
                pending.append(part)
            continue
        if not any(part.endswith(s) for s in ORG_SUFFIXES) and last_suffix:
            part += last_suffix  # 工业和信息化、商务主管部门
        if first_place and not locality(part) and part not in ALL_ADDRESSEES and kind_of(part) not in (None, "企业"):
            part = first_place + part  # 各市经信局、商务局
        part = re.sub(r"^[\u4e00-\u9fff]{0,12}?兵团(?=[\u4e00-\u9fff]{2})", "", part)
        body = part[len(locality(part)):]
        for town in pending:
            if body and f"{town}{body}" not in names:
                names.append(town + body)
        pending = []
        if part and part not in names:
            names.append(part)
    if not names:  # only places: "各地要…", "各设区市于…" put every local addressee to work
        names = [p for p, place in zip(parts, is_place, strict=True) if place]
    return names


_GENERIC_PLACES = re.compile(r"(?:各?(?:省|自治区|直辖市|计划单列市|新疆生产建设兵团)(?:及计划单列市)?)")


def _split_on_and(parts: list[str]) -> list[str]:
    """Split "A和B" only where both sides are organisations (工业和信息化局 keeps its 和)."""
    out: list[str] = []
    for part in parts:
        pieces = part.split("和")
        if len(pieces) > 1 and all(any(p.endswith(s) for s in ORG_SUFFIXES) for p in pieces if p):
            out.extend(p for p in pieces if p)
        else:
            out.append(part)
    return out


def addressees(text: str | None) -> list[str]:
    """The organisations a 主送机关 line names, one each, with 各省…(places) folded away:
    "各省、自治区…兵团工业和信息化、商务主管部门，中国纺织工业联合会" → 各地工业和信息化主管部门,
    各地商务主管部门, 中国纺织工业联合会."""
    if not text:
        return []
    names: list[str] = []
    for segment in re.split(r"[，,；;：:]", text):
        segment = segment.strip()
        if not segment:
            continue
        generic = bool(re.match(r"^各(?:省|自治区|直辖市)", segment))
        for name in split_names(segment):
            if generic and not name.startswith("各"):
                name = "各地" + name
            if name not in names:
                names.append(name)
    return names
