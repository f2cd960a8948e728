"""The employment-trial rules as pure functions (no Django, no I/O).

The contract is /work/shared/spec/rules.md ("The rules the portal answers"). In short:

Eligibility -- a person is a trial client when the home municipality is in a trial area, the
person is a registered job seeker in a status of point 2 (unemployed or laid off, at risk of
unemployment, in services, in subsidised work), the unemployment is not short with a known end,
and a client group applies: continuing client, under 30, foreign-language speaker (mother tongue
other than fi/sv/smi, or not a Finnish citizen), or no earnings-related allowance.
Questions are asked one at a time, in ELIGIBILITY_QUESTIONS order, and only when the answer can
still change the result. "unsure" answers give an outcome "depends" with flat branches.
A client in a monolingual Finnish municipality may choose the TE office for Swedish service.

Versions (RULE_VERSIONS) -- the rules version is picked by the evaluation date, which is the
asked date clamped into the trial period (staff-edited data, passed in as a Period):
  2021-03-01  under-30 and foreign-language groups count only for the unemployed / laid off;
  2021-06-01  they count for every status of point 2;
  2022-05-02  job seekers at risk of unemployment join point 2.
trial_status() uses the real date, so results can say the trial is upcoming or has ended.

Move -- a client moving within the same area stays in it, to another area becomes a client there,
out of the trials goes back to the TE office serving the new municipality; a non-client moving
into a trial municipality should run the eligibility check; anyone else stays with a TE office.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

RULE_VERSIONS: tuple[date, ...] = (date(2021, 3, 1), date(2021, 6, 1), date(2022, 5, 2))
GROUPS_COUNT_IN_EVERY_STATUS_FROM = RULE_VERSIONS[1]
AT_RISK_INCLUDED_FROM = RULE_VERSIONS[2]

YES_NO = ("yes", "no")
YES_NO_UNSURE = ("yes", "no", "unsure")
UNEMPLOYED_STATUSES = ("unemployed", "laid_off")
GROUPS = (  # canonical order; a result names only the first group that applies
    "no_earnings_related", "under_30", "foreign_language", "continuing_client")
SWEDISH_LANGUAGE = ("swedish_language",)

# key -> allowed values, in the order the rules ask them; None: the value is a Place.
ELIGIBILITY_QUESTIONS: dict[str, tuple[str, ...] | None] = {
    "municipality": None,
    "jobseeker": (
        "unemployed", "laid_off", "at_risk", "services", "subsidised", "employed", "not_registered",
    ),
    "short_unemployment": YES_NO,
    "already_client": YES_NO_UNSURE,
    "under_30": YES_NO,
    "mother_tongue": ("fi", "sv", "smi", "other"),
    "finnish_citizen": YES_NO,
    "earnings_related": YES_NO_UNSURE,
    "swedish_service": YES_NO,
}
MOVE_QUESTIONS: dict[str, tuple[str, ...] | None] = {
    "from": None,
    "to": None,
    "client_now": YES_NO_UNSURE,
    "swedish_service": YES_NO,
}


@dataclass(frozen=True)
class Place:
    """One municipality as the rules need it on the evaluation date."""

    code: str
    area_id: str | None
    te_office_id: str
    language_status: str  # "fi", "sv", "fi_sv" or "sv_fi" under the decree in force on the date


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"trial period ends ({self.end}) before it starts ({self.start})")


class MissingAnswer(Exception):
    def __init__(self, key: str):
        super().__init__(f"missing answer: {key}")
        self.key = key


class InvalidAnswer(Exception):
    def __init__(self, key: str, value: object):
        super().__init__(f"invalid value for {key}: {value!r}")
        self.key = key
        self.value = value


@dataclass(frozen=True)
class Branch:
    condition: tuple[tuple[str, str], ...]
    result: Result


@dataclass(frozen=True)
class Result:
    outcome: str
    reason: str | None
    area: str | None
    te_office: str | None
    groups: tuple[str, ...]
    may_stay_with_te_office: tuple[str, ...]
    trial_status: str
    rules_version: date
    branches: tuple[Branch, ...] = ()
    move_kind: str | None = None

    def to_dict(self) -> dict:
        return {
            "outcome": self.outcome,
            "reason": self.reason,
            "area": self.area,
            "te_office": self.te_office,
            "groups": list(self.groups),
            "may_stay_with_te_office": list(self.may_stay_with_te_office),
            "trial_status": self.trial_status,
            "rules_version": self.rules_version.isoformat(),
            "branches": [
                {"condition": dict(branch.condition), "result": branch.result.to_dict()}
                for branch in self.branches
            ],
            "move_kind": self.move_kind,
        }


def trial_status(period: Period, on: date) -> str:
    if on < period.start:
        return "upcoming"
    if on > period.end:
        return "ended"
    return "ongoing"


def effective_date(period: Period, on: date) -> date:
    return min(max(on, period.start), period.end)


def rules_version_on(day: date) -> date:
    """The RULE_VERSIONS entry in force on `day` (the first one for an earlier day)."""
    return max((version for version in RULE_VERSIONS if version <= day), default=RULE_VERSIONS[0])


@dataclass(frozen=True)
class _Context:
    """What every result of one assessment shares."""

    trial_status: str
    rules_version: date
    move_kind: str | None = None

    def result(self, outcome, *, reason=None, area=None, te_office=None, groups=(),
               may_stay=(), branches=()) -> Result:
        return Result(outcome, reason, area, te_office, tuple(groups), tuple(may_stay),
                      self.trial_status, self.rules_version, tuple(branches), self.move_kind)


def _context(period: Period, on: date, move_kind: str | None = None) -> _Context:
    return _Context(trial_status(period, on), rules_version_on(effective_date(period, on)), move_kind)


def _asker(answers: Mapping[str, object], questions) -> Callable[[str], object]:
    """ask(key) returns the valid answer or raises MissingAnswer / InvalidAnswer.

    Only the keys the rules ask for are ever read, so unneeded keys cannot cause errors.
    """

    def ask(key):
        value = answers.get(key)
        if value is None:
            raise MissingAnswer(key)
        allowed = questions[key]
        valid = isinstance(value, Place) if allowed is None else isinstance(value, str) and value in allowed
        if not valid:
            raise InvalidAnswer(key, value)
        return value

    return ask


def _swedish_choice(ask, place: Place) -> tuple[str, ...]:
    # Only called where a client result in `place`, a trial municipality, is possible.
    if place.language_status == "fi" and ask("swedish_service") == "yes":
        return SWEDISH_LANGUAGE
    return ()


# --- eligibility -------------------------------------------------------------------------------

def assess_eligibility(answers: Mapping[str, object], *, period: Period, on: date) -> Result:
    ask = _asker(answers, ELIGIBILITY_QUESTIONS)
    context = _context(period, on)
    place = ask("municipality")

    def not_client(reason):
        return context.result("not_client", reason=reason, te_office=place.te_office_id)

    if place.area_id is None:
        return not_client("not_in_trial_area")
    jobseeker = ask("jobseeker")
    if jobseeker == "not_registered":
        return context.result("register_first", area=place.area_id, te_office=place.te_office_id)
    if jobseeker == "employed" or (jobseeker == "at_risk" and context.rules_version < AT_RISK_INCLUDED_FROM):
        return not_client("employed")
    if jobseeker in UNEMPLOYED_STATUSES and ask("short_unemployment") == "yes":
        return not_client("short_unemployment")

    already_client = ask("already_client")
    if already_client == "yes":
        cases = [((), "continuing_client")]
    elif group := _age_or_language_group(ask, jobseeker, context.rules_version):
        cases = [((), group)]
    else:
        cases = _cases_without_age_or_language_group(ask("earnings_related"), already_client)

    if all(group is None for _, group in cases):
        return not_client("no_group")
    may_stay = _swedish_choice(ask, place)

    def result_for(group):
        if group is None:
            return not_client("no_group")
        return context.result("client", area=place.area_id, groups=(group,), may_stay=may_stay,
                              te_office=place.te_office_id if may_stay else None)

    if len(cases) == 1:
        return result_for(cases[0][1])
    branches = [Branch(condition, result_for(group)) for condition, group in cases]
    return context.result("depends", area=place.area_id, te_office=place.te_office_id, branches=branches)


def _age_or_language_group(ask, jobseeker: str, rules_version: date) -> str | None:
    if jobseeker not in UNEMPLOYED_STATUSES and rules_version < GROUPS_COUNT_IN_EVERY_STATUS_FROM:
        return None  # these groups cannot count yet, so their questions are not asked
    if ask("under_30") == "yes":
        return "under_30"
    if ask("mother_tongue") == "other" or ask("finnish_citizen") == "no":
        return "foreign_language"
    return None


def _cases_without_age_or_language_group(earnings_related: str, already_client: str):
    """[(condition, group or None)] for every case that the "unsure" answers leave open."""
    if earnings_related == "no":
        return [((), "no_earnings_related")]
    cases = []
    condition = ()
    if earnings_related == "unsure":
        cases.append(((("earnings_related", "no"),), "no_earnings_related"))
        condition = (("earnings_related", "yes"),)
    if already_client == "unsure":
        cases.append((condition + (("already_client", "yes"),), "continuing_client"))
        cases.append((condition + (("already_client", "no"),), None))
    else:
        cases.append((condition, None))
    return cases


# --- move --------------------------------------------------------------------------------------

_CLIENT_MOVE_OUTCOMES = {
    "same_municipality": "same_area",
    "same_area": "same_area",
    "other_area": "new_area",
    "out_of_trials": "te_office",
}


def assess_move(answers: Mapping[str, object], *, period: Period, on: date) -> Result:
    ask = _asker(answers, MOVE_QUESTIONS)
    origin = ask("from")
    destination = ask("to")
    kind = move_kind(origin, destination)
    context = _context(period, on, kind)
    as_non_client = _non_client_move(kind, destination, context)
    if origin.area_id is None:
        return as_non_client
    as_client = _client_move(kind, destination, context, may_stay=())
    if _same_answer(as_client, as_non_client):
        return as_client
    client_now = ask("client_now")
    if client_now == "no":
        return as_non_client
    # Here `to` is a trial municipality: out_of_trials gives the same answer either way.
    as_client = _client_move(kind, destination, context, may_stay=_swedish_choice(ask, destination))
    if client_now == "yes":
        return as_client
    return context.result("depends", area=destination.area_id, te_office=destination.te_office_id,
                          branches=[Branch((("client_now", "yes"),), as_client),
                                    Branch((("client_now", "no"),), as_non_client)])


def move_kind(origin: Place, destination: Place) -> str:
    if origin.code == destination.code:
        return "same_municipality"
    if origin.area_id and destination.area_id:
        return "same_area" if origin.area_id == destination.area_id else "other_area"
    if origin.area_id:
        return "out_of_trials"
    if destination.area_id:
        return "into_trial"
    return "between_non_trial"


def _client_move(kind: str, destination: Place, context: _Context, may_stay) -> Result:
    outcome = _CLIENT_MOVE_OUTCOMES[kind]
    if outcome == "te_office":
        return context.result("te_office", te_office=destination.te_office_id)
    return context.result(outcome, area=destination.area_id, groups=("continuing_client",),
                          may_stay=may_stay, te_office=destination.te_office_id if may_stay else None)


def _non_client_move(kind: str, destination: Place, context: _Context) -> Result:
    # A move inside one municipality changes nothing for a non-client.
    if destination.area_id and kind != "same_municipality":
        return context.result("check_eligibility", area=destination.area_id,
                              te_office=destination.te_office_id)
    return context.result("te_office", te_office=destination.te_office_id)


def _same_answer(a: Result, b: Result) -> bool:
    return (a.outcome, a.area, a.te_office) == (b.outcome, b.area, b.te_office)


# --- questionnaire -----------------------------------------------------------------------------

def next_question(assess, answers: Mapping[str, object], *, period: Period, on: date) -> str | None:
    """Key of the next answer `assess` needs, or None when it reaches a result.

    An answer with an invalid value is needed again, so its key is returned.
    """
    try:
        assess(answers, period=period, on=on)
    except (MissingAnswer, InvalidAnswer) as error:
        return error.key
    return None
