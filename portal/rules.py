"""The rules the portal answers, as pure functions (no Django, no I/O).

The contract is docs/spec/rules.md (a copy of the project's domain specification). Every answer is
about a date, the *date in question* `on`, and the rules pick their regime from it:

- from EMPLOYMENT_AREAS_FROM (1.1.2025, Act 380/2023): the trial has ended; the employment area of
  the home municipality arranges public employment services (AMS on Åland). Only the municipality
  (or the two municipalities of a move) is needed.
- before it: the trial rules (Act 1269/2020 as amended) of the version in force on `on`, with `on`
  clamped into the trial period (data that staff edit, passed in as a Period). A date before the
  trial gets the rules of its first day.

Trial versions (RULE_VERSIONS):
  2021-03-01  the trial starts; under-30 and foreign-language groups count only for the unemployed;
  2021-06-01  they count in every status of point 2; clients may ask to be moved back (421/2021);
  2022-05-02  job seekers at risk of unemployment within two weeks join point 2 (1381/2021);
  2023-01-01  dismissed workers aged 55+ with change security are not transferred (671/2022);
  2023-03-01  people under temporary protection without a home municipality become clients where
              they live (HE 295/2022; no question depends on it).

Eligibility during the trial: a registered job seeker who already was a client stayed one
(§ 6, whatever the status), except under the change-security rule; otherwise the home municipality
must be in a trial area, the status must be covered (§ 4) and a client group must apply; change
security excludes (§ 5 as amended by 671/2022); a short unemployment with a known end is a choice
to stay with the TE office, not an exclusion (§ 5). Questions are asked one at a time, only when
the answer can still change the result; "unsure" answers give `depends` with flat branches.

Every Result carries its legal basis (Citation tuples) so that texts never restate the law.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

GROUPS_COUNT_IN_EVERY_STATUS_FROM = date(2021, 6, 1)  # Act 421/2021
MOVE_BACK_ON_REQUEST_FROM = date(2021, 6, 1)  # Act 421/2021, § 5 paragraphs 4-6
AT_RISK_INCLUDED_FROM = date(2022, 5, 2)  # Act 1381/2021
CHANGE_SECURITY_FROM = date(2023, 1, 1)  # Act 671/2022
TEMPORARY_PROTECTION_FROM = date(2023, 3, 1)  # HE 295/2022
EMPLOYMENT_AREAS_FROM = date(2025, 1, 1)  # Act 380/2023 in force (Act 383/2023 § 1)

TRIAL_RULE_VERSIONS: tuple[date, ...] = (
    date(2021, 3, 1), GROUPS_COUNT_IN_EVERY_STATUS_FROM, AT_RISK_INCLUDED_FROM, CHANGE_SECURITY_FROM,
    TEMPORARY_PROTECTION_FROM,
)
RULE_VERSIONS: tuple[date, ...] = TRIAL_RULE_VERSIONS + (EMPLOYMENT_AREAS_FROM,)

TRIAL = "trial"
EMPLOYMENT_AREAS = "employment_areas"
AMS_ALAND = "ams_aland"

YES_NO = ("yes", "no")
YES_NO_UNSURE = ("yes", "no", "unsure")
UNEMPLOYED_STATUSES = ("unemployed", "laid_off")
# Statuses of a person who may be newly transferred with a short unemployment with a known end.
SHORT_UNEMPLOYMENT_STATUSES = ("unemployed", "laid_off", "at_risk")
# A laid-off person keeps the employment relationship, so cannot have been dismissed.
CHANGE_SECURITY_STATUSES = ("unemployed", "at_risk", "services", "subsidised", "employed")
# Every client group; a result names the one that decided (the first that applied, in asking order).
CLIENT_GROUPS = ("no_earnings_related", "under_30", "foreign_language", "continuing_client")
MAY_STAY_REASONS = ("swedish_language", "short_unemployment")  # canonical order

# key -> allowed values, in the order the rules ask them; None: the value is a Place.
ELIGIBILITY_QUESTIONS: dict[str, tuple[str, ...] | None] = {
    "municipality": None,
    "jobseeker": (
        "unemployed", "laid_off", "at_risk", "services", "subsidised", "employed", "not_registered",
    ),
    "already_client": YES_NO_UNSURE,
    "under_30": YES_NO,
    "mother_tongue": ("fi", "sv", "smi", "other"),
    "finnish_citizen": YES_NO,
    "earnings_related": YES_NO_UNSURE,
    "change_security": YES_NO,
    "short_unemployment": YES_NO,
    "swedish_service": YES_NO,
}
MOVE_QUESTIONS: dict[str, tuple[str, ...] | None] = {
    "from": None,
    "to": None,
    "client_now": YES_NO_UNSURE,
    "swedish_service": YES_NO,
}
NOW_QUESTIONS: dict[str, tuple[str, ...] | None] = {
    "municipality": None,
}


# --- inputs ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    """One municipality as the rules need it on the date in question."""

    code: str  # the municipality answered for (after a merger: the one it joined)
    area_id: str | None  # trial area 2021-2024; None outside the trials
    te_office_id: str  # TE office 2021-2024 ("ams_aland" on Åland)
    language_status: str  # "fi", "sv", "fi_sv" or "sv_fi" under the decree in force on the date
    employment_area: str | None = None  # employment_area_code from 1.1.2025; None on Åland
    aland: bool = False  # on Åland: AMS serves, the mainland acts do not apply
    merged_from: str | None = None  # the code given, when it had merged into `code` by the date


@dataclass(frozen=True)
class Period:
    """The trial period (inclusive dates), from the data."""

    start: date
    end: date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"trial period ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class RulePeriod:
    """Dates (inclusive) during which one trial rules version applied."""

    start: date
    end: date
    version: date


class MissingAnswer(Exception):
    def __init__(self, key: str):
        super().__init__(f"missing answer: {key}")
        self.key = key


class DateNotCovered(Exception):
    """A questionnaire's rules give no answer for this date (for example a question about today's
    authorities asked for a day before 1.1.2025); str() names the first date covered."""

    def __init__(self, first: date):
        super().__init__(f"answers only for dates from {first.isoformat()}")
        self.first = first


class InvalidAnswer(Exception):
    def __init__(self, key: str, value: object):
        super().__init__(f"invalid value for {key}: {value!r}")
        self.key = key
        self.value = value


# --- outputs -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Citation:
    """A provision a result rests on: `act` ("1269/2020"), its `chapter` and `section` (None for
    the act as a whole), and the amending act that gave the provision the wording in force on the
    date applied, if any."""

    act: str
    section: str | None = None
    amended_by: str | None = None
    chapter: str | None = None

    def to_dict(self) -> dict:
        return {"act": self.act, "chapter": self.chapter, "section": self.section, "amended_by": self.amended_by}


TRIAL_ACT = "1269/2020"
# Section of Act 1269/2020 -> ((first day, amending act), ...): the act that gave the section the
# wording in force from that day (Finlex, the act as amended).
TRIAL_ACT_WORDING: dict[str, tuple[tuple[date, str], ...]] = {
    "4": ((GROUPS_COUNT_IN_EVERY_STATUS_FROM, "421/2021"), (AT_RISK_INCLUDED_FROM, "1381/2021")),
    "5": ((MOVE_BACK_ON_REQUEST_FROM, "421/2021"), (CHANGE_SECURITY_FROM, "671/2022")),
    "6": ((AT_RISK_INCLUDED_FROM, "1381/2021"),),
}
# The sections of Act 1269/2020 the trial results cite.
SECTION_AREAS, SECTION_GROUPS, SECTION_TRANSFER, SECTION_CONTINUING = "3", "4", "5", "6"
# The conditions of change security: Act 916/2012 chapter 5 a § 2(1) points 1-3 as amended by 670/2022.
CHANGE_SECURITY_CONDITIONS = Citation("916/2012", "2", "670/2022", chapter="5 a")
ORGANISATION_ACT = Citation("380/2023")
ALAND_AUTONOMY = Citation("1144/1991", "18")


def trial_citation(section: str, day: date) -> Citation:
    """§ `section` of Act 1269/2020 in the wording in force on `day` (an evaluation date)."""
    amended_by = None
    for start, act in TRIAL_ACT_WORDING.get(section, ()):
        if day >= start:
            amended_by = act
    return Citation(TRIAL_ACT, section, amended_by)


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
    employment_area: str | None = None
    merged_into: tuple[tuple[str, str], ...] = ()
    regime: str = TRIAL
    date_in_question: date | None = None
    move_back_on_request: bool = False
    legal_basis: tuple[Citation, ...] = ()

    def to_dict(self) -> dict:
        return {
            "outcome": self.outcome,
            "reason": self.reason,
            "area": self.area,
            "te_office": self.te_office,
            "employment_area": self.employment_area,
            "groups": list(self.groups),
            "may_stay_with_te_office": list(self.may_stay_with_te_office),
            "merged_into": dict(self.merged_into),
            "trial_status": self.trial_status,
            "date": self.date_in_question.isoformat() if self.date_in_question else None,
            "regime": self.regime,
            "rules_version": self.rules_version.isoformat(),
            "move_back_on_request": self.move_back_on_request,
            "legal_basis": [citation.to_dict() for citation in self.legal_basis],
            "branches": [
                {"condition": dict(branch.condition), "result": branch.result.to_dict()}
                for branch in self.branches
            ],
            "move_kind": self.move_kind,
        }

    @property
    def decision(self) -> tuple:
        """What a person is told, without the date bookkeeping: equal decisions read the same."""
        return (self.outcome, self.reason, self.area, self.te_office, self.employment_area, self.groups,
                self.may_stay_with_te_office, self.move_back_on_request,
                tuple((b.condition, b.result.decision) for b in self.branches))


# --- dates -------------------------------------------------------------------------------------

def trial_status(period: Period, on: date) -> str:
    if on < period.start:
        return "upcoming"
    if on > period.end:
        return "ended"
    return "ongoing"


def regime(on: date) -> str:
    """TRIAL before 1.1.2025, EMPLOYMENT_AREAS from then on."""
    return EMPLOYMENT_AREAS if on >= EMPLOYMENT_AREAS_FROM else TRIAL


def effective_date(period: Period, on: date) -> date:
    """The date whose trial rules apply to `on`: `on` clamped into the trial period."""
    return min(max(on, period.start), period.end)


def evaluation_date(period: Period, on: date) -> date:
    """The date whose data the rules read for `on`: `on` itself from 1.1.2025 (employment areas,
    mergers), else `on` clamped into the trial period (trial areas, language status)."""
    return on if regime(on) == EMPLOYMENT_AREAS else effective_date(period, on)


def rules_version_on(day: date) -> date:
    """The RULE_VERSIONS entry in force on `day` (the first one for an earlier day)."""
    return max((version for version in RULE_VERSIONS if version <= day), default=RULE_VERSIONS[0])


def trial_rule_periods(period: Period) -> tuple[RulePeriod, ...]:
    """The trial's rule versions clipped to the trial period, in order, as inclusive date ranges."""
    periods = []
    for index, version in enumerate(TRIAL_RULE_VERSIONS):
        start = max(version, period.start)
        following = TRIAL_RULE_VERSIONS[index + 1] if index + 1 < len(TRIAL_RULE_VERSIONS) else None
        end = min(following - timedelta(days=1), period.end) if following else period.end
        if start <= end:
            periods.append(RulePeriod(start, end, version))
    return tuple(periods)


@dataclass(frozen=True)
class _Context:
    """What every result of one assessment shares."""

    trial_status: str
    rules_version: date
    regime: str
    on: date
    day: date  # the evaluation date: rules.evaluation_date(period, on)
    move_kind: str | None = None
    merged_into: tuple[tuple[str, str], ...] = ()

    def cite(self, section: str) -> Citation:
        return trial_citation(section, self.day)

    def result(self, outcome, *, reason=None, area=None, te_office=None, groups=(), may_stay=(),
               branches=(), employment_area=None, move_back=False, basis=()) -> Result:
        return Result(outcome, reason, area, te_office, tuple(groups), _canonical_may_stay(may_stay),
                      self.trial_status, self.rules_version, tuple(branches), self.move_kind,
                      employment_area, self.merged_into, self.regime, self.on, move_back,
                      _unique(basis))


def _canonical_may_stay(reasons) -> tuple[str, ...]:
    return tuple(reason for reason in MAY_STAY_REASONS if reason in reasons)


def _unique(items) -> tuple:
    return tuple(dict.fromkeys(items))


def _context(period: Period | None, on: date, places=(), move_kind: str | None = None) -> _Context:
    """`period` may be None only from EMPLOYMENT_AREAS_FROM (a flow that never asks about the trial):
    the trial had ended by then in any case (Act 1269/2020 was in force until 31.12.2024)."""
    day = evaluation_date(period, on)
    merged = tuple((p.merged_from, p.code) for p in places if p.merged_from)
    status = trial_status(period, on) if period is not None else "ended"
    return _Context(status, rules_version_on(day), regime(on), on, day, move_kind, _unique(merged))


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


# --- eligibility -------------------------------------------------------------------------------

def assess_eligibility(answers: Mapping[str, object], *, period: Period, on: date) -> Result:
    """Was the person a trial client on `on` (during the trial), or who serves them (from 2025)?

    `answers` maps ELIGIBILITY_QUESTIONS keys to values (a Place for "municipality"). Raises
    MissingAnswer for the first needed answer that is missing, InvalidAnswer for a bad value.
    """
    ask = _asker(answers, ELIGIBILITY_QUESTIONS)
    place = ask("municipality")
    context = _context(period, on, (place,))
    if context.regime == EMPLOYMENT_AREAS:
        return _served_now(context, place)
    return _Eligibility(ask, context, place).assess()


def _served_now(context: _Context, place: Place, *, mainland: str = "trial_ended", aland: str = "trial_ended") -> Result:
    """Who serves the person from 1.1.2025, as the outcome `mainland` or `aland`."""
    if place.aland:
        return context.result(aland, te_office=AMS_ALAND, basis=(ALAND_AUTONOMY,))
    return context.result(mainland, employment_area=place.employment_area, basis=(ORGANISATION_ACT,))


@dataclass
class _Eligibility:
    """One trial-period assessment; methods ask questions in ELIGIBILITY_QUESTIONS order."""

    ask: Callable[[str], object]
    context: _Context
    place: Place
    under_30: bool = False  # known to be under 30 (then change security cannot apply)

    @property
    def version(self) -> date:
        return self.context.rules_version

    def cite(self, *sections: str) -> tuple[Citation, ...]:
        return tuple(self.context.cite(section) for section in sections)

    def not_client(self, reason: str, basis: tuple[Citation, ...]) -> Result:
        return self.context.result("not_client", reason=reason, te_office=self.place.te_office_id,
                                   basis=basis)

    def assess(self) -> Result:
        if self.place.area_id is None:
            return self.not_client("not_in_trial_area", self.cite(SECTION_AREAS))
        jobseeker = self.ask("jobseeker")
        if jobseeker == "not_registered":
            return self.context.result("register_first", area=self.place.area_id, te_office=self.place.te_office_id,
                                       basis=self.cite(SECTION_GROUPS, SECTION_TRANSFER))
        already_client = self.ask("already_client")
        if already_client == "yes":
            return self.continuing_client(jobseeker)
        as_new = self.new_transfer(jobseeker)
        if already_client == "no":
            return as_new
        return self.either_way(as_new, self.continuing_client(jobseeker))

    def continuing_client(self, jobseeker: str) -> Result:
        """§ 6: clienthood continued whatever the status, unless change security moved them back."""
        if self.change_security_applies(jobseeker):
            return self.not_client("change_security", self.change_security_basis())
        move_back = self.version >= MOVE_BACK_ON_REQUEST_FROM
        # Before 1.6.2021 an existing client could not be moved back, so the language is not asked.
        may_stay = self.swedish_choice() if move_back else ()
        return self.client("continuing_client", may_stay, move_back, self.cite(SECTION_CONTINUING))

    def new_transfer(self, jobseeker: str) -> Result:
        if jobseeker == "employed":
            return self.not_client("employed", self.cite(SECTION_GROUPS))
        if jobseeker == "at_risk" and self.version < AT_RISK_INCLUDED_FROM:
            return self.not_client("status_not_covered", self.cite(SECTION_GROUPS))
        cases = self.group_cases(jobseeker)
        if all(group is None for _, group in cases):
            return self.not_client("no_group", self.cite(SECTION_GROUPS))
        if self.change_security_applies(jobseeker):
            return self.not_client("change_security", self.change_security_basis())
        may_stay = ()
        if jobseeker in SHORT_UNEMPLOYMENT_STATUSES and self.ask("short_unemployment") == "yes":
            may_stay = ("short_unemployment",)
        may_stay += self.swedish_choice()
        move_back = self.version >= MOVE_BACK_ON_REQUEST_FROM

        def result_for(group):
            if group is None:
                return self.not_client("no_group", self.cite(SECTION_GROUPS))
            return self.client(group, may_stay, move_back, self.cite(SECTION_GROUPS, SECTION_TRANSFER))

        if len(cases) == 1:
            return result_for(cases[0][1])
        return self.depends([Branch(condition, result_for(group)) for condition, group in cases])

    def group_cases(self, jobseeker: str) -> list[tuple[tuple[tuple[str, str], ...], str | None]]:
        """[(condition, group or None)] for every case the answers leave open. The groups are asked
        in the order the cities asked them and the first that applies decides."""
        if jobseeker in UNEMPLOYED_STATUSES or self.version >= GROUPS_COUNT_IN_EVERY_STATUS_FROM:
            if self.ask("under_30") == "yes":
                self.under_30 = True
                return [((), "under_30")]
            if self.ask("mother_tongue") == "other" or self.ask("finnish_citizen") == "no":
                return [((), "foreign_language")]
        # The no-earnings-related group counted in every status of point 2 from the start.
        earnings_related = self.ask("earnings_related")
        if earnings_related == "no":
            return [((), "no_earnings_related")]
        if earnings_related == "yes":
            return [((), None)]
        return [((("earnings_related", "no"),), "no_earnings_related"), ((("earnings_related", "yes"),), None)]

    def change_security_applies(self, jobseeker: str) -> bool:
        # Nobody under 30 can have been dismissed at 55 or older, so they are not asked.
        if self.version < CHANGE_SECURITY_FROM or jobseeker not in CHANGE_SECURITY_STATUSES or self.under_30:
            return False
        return self.ask("change_security") == "yes"

    def change_security_basis(self) -> tuple[Citation, ...]:
        return self.cite(SECTION_TRANSFER) + (CHANGE_SECURITY_CONDITIONS,)

    def swedish_choice(self) -> tuple[str, ...]:
        if self.place.language_status == "fi" and self.ask("swedish_service") == "yes":
            return ("swedish_language",)
        return ()

    def client(self, group: str, may_stay, move_back: bool, basis: tuple[Citation, ...]) -> Result:
        if move_back:
            basis += self.cite(SECTION_TRANSFER)  # moving back on request: § 5 paragraphs 4-6 (421/2021)
        return self.context.result("client", area=self.place.area_id, groups=(group,), may_stay=may_stay,
                                   te_office=self.place.te_office_id if may_stay else None,
                                   move_back=move_back, basis=basis)

    def depends(self, branches) -> Result:
        return self.context.result("depends", area=self.place.area_id, te_office=self.place.te_office_id,
                                   branches=branches,
                                   basis=[c for b in branches for c in b.result.legal_basis])

    def either_way(self, as_new: Result, as_continuing: Result) -> Result:
        """already_client "unsure": one result when the person is told the same either way (the
        group may differ), else branches on it."""
        if _told_the_same(as_new, as_continuing):
            return as_new
        yes, no = (("already_client", "yes"),), (("already_client", "no"),)
        if as_new.outcome != "depends":
            return self.depends([Branch(yes, as_continuing), Branch(no, as_new)])
        branches = []
        for branch in as_new.branches:
            if _told_the_same(branch.result, as_continuing):
                branches.append(branch)
            else:
                branches.append(Branch(branch.condition + yes, as_continuing))
                branches.append(Branch(branch.condition + no, branch.result))
        return self.depends(branches)


def _told_the_same(a: Result, b: Result) -> bool:
    """The same outcome, authority and choices: only the group that made the person a client differs."""
    return (a.outcome, a.reason, a.area, a.te_office, a.may_stay_with_te_office, a.move_back_on_request,
            a.branches) == (b.outcome, b.reason, b.area, b.te_office, b.may_stay_with_te_office,
                            b.move_back_on_request, b.branches)


# --- move --------------------------------------------------------------------------------------

_CLIENT_MOVE_OUTCOMES = {
    "same_municipality": "same_area",
    "same_area": "same_area",
    "other_area": "new_area",
    "out_of_trials": "te_office",
}


def assess_move(answers: Mapping[str, object], *, period: Period, on: date) -> Result:
    """What a move between home municipalities changed (trial) or changes (from 2025) on `on`.

    `answers` maps MOVE_QUESTIONS keys to values (Places for "from" and "to"). Raises
    MissingAnswer / InvalidAnswer like assess_eligibility.
    """
    ask = _asker(answers, MOVE_QUESTIONS)
    origin = ask("from")
    destination = ask("to")
    if regime(on) == EMPLOYMENT_AREAS:
        return _move_now(_context(period, on, (origin, destination), move_kind_now(origin, destination)),
                         destination)
    kind = move_kind(origin, destination)
    context = _context(period, on, (origin, destination), kind)
    as_non_client = _non_client_move(kind, destination, context)
    if origin.area_id is None:
        return as_non_client
    as_client = _client_move(kind, destination, context, may_stay=())
    if _same_answer(as_client, as_non_client):
        return as_client
    client_now = ask("client_now")
    if client_now == "no":
        return as_non_client
    # Here `to` is a trial municipality: out_of_trials gives the same answer either way. A client
    # moving to another municipality could ask to be moved back for Swedish service from 1.6.2021.
    may_stay = ()
    if (kind != "same_municipality" and context.rules_version >= MOVE_BACK_ON_REQUEST_FROM
            and destination.language_status == "fi" and ask("swedish_service") == "yes"):
        may_stay = ("swedish_language",)
    as_client = _client_move(kind, destination, context, may_stay=may_stay)
    if client_now == "yes":
        return as_client
    return context.result("depends", area=destination.area_id, te_office=destination.te_office_id,
                          branches=[Branch((("client_now", "yes"),), as_client),
                                    Branch((("client_now", "no"),), as_non_client)],
                          basis=as_client.legal_basis + as_non_client.legal_basis)


def move_kind(origin: Place, destination: Place) -> str:
    """The kind of a move during the trial, from the trial areas of the two places."""
    if origin.code == destination.code:
        return "same_municipality"
    if origin.area_id and destination.area_id:
        return "same_area" if origin.area_id == destination.area_id else "other_area"
    if origin.area_id:
        return "out_of_trials"
    if destination.area_id:
        return "into_trial"
    return "between_non_trial"


def move_kind_now(origin: Place, destination: Place) -> str:
    """The kind of a move from 1.1.2025, from the employment areas (and Åland) of the two places."""
    if origin.code == destination.code:
        return "same_municipality"
    if origin.aland and destination.aland:
        return "within_aland"
    if destination.aland:
        return "into_aland"
    if origin.aland:
        return "out_of_aland"
    if destination.employment_area is not None and origin.employment_area == destination.employment_area:
        return "same_employment_area"
    return "other_employment_area"


_MOVE_NOW_OUTCOMES = {
    "same_municipality": "same_employment_area",
    "within_aland": "same_employment_area",
    "same_employment_area": "same_employment_area",
    "into_aland": "aland",
    "out_of_aland": "new_employment_area",
    "other_employment_area": "new_employment_area",
}


def _move_now(context: _Context, destination: Place) -> Result:
    if destination.aland:
        return context.result(_MOVE_NOW_OUTCOMES[context.move_kind], te_office=AMS_ALAND,
                              basis=(ALAND_AUTONOMY,))
    return context.result(_MOVE_NOW_OUTCOMES[context.move_kind], employment_area=destination.employment_area,
                          basis=(ORGANISATION_ACT,))


def _client_move(kind: str, destination: Place, context: _Context, may_stay) -> Result:
    outcome = _CLIENT_MOVE_OUTCOMES[kind]
    if outcome == "te_office":
        return context.result("te_office", te_office=destination.te_office_id, basis=(context.cite(SECTION_TRANSFER),))
    return context.result(outcome, area=destination.area_id, groups=("continuing_client",),
                          may_stay=may_stay, te_office=destination.te_office_id if may_stay else None,
                          move_back=context.rules_version >= MOVE_BACK_ON_REQUEST_FROM,
                          basis=(context.cite(SECTION_TRANSFER), context.cite(SECTION_CONTINUING)))


def _non_client_move(kind: str, destination: Place, context: _Context) -> Result:
    # A move inside one municipality changes nothing for a non-client.
    if destination.area_id and kind != "same_municipality":
        return context.result("check_eligibility", area=destination.area_id, te_office=destination.te_office_id,
                              basis=(context.cite(SECTION_GROUPS), context.cite(SECTION_TRANSFER)))
    # Inside a trial municipality no client group applied (§ 4); elsewhere there was no trial (§ 3).
    section = SECTION_GROUPS if destination.area_id else SECTION_AREAS
    return context.result("te_office", te_office=destination.te_office_id, basis=(context.cite(section),))


def _same_answer(a: Result, b: Result) -> bool:
    return (a.outcome, a.area, a.te_office) == (b.outcome, b.area, b.te_office)


# --- who serves me now -------------------------------------------------------------------------

def assess_now(answers: Mapping[str, object], *, period: Period | None = None, on: date) -> Result:
    """Who arranges the person's public employment services on `on` (from 1.1.2025 only).

    `answers` maps NOW_QUESTIONS keys to values (a Place for "municipality"). The result is
    outcome "employment_area" with the `employment_area` code of the home municipality (a
    municipality that arranges the services alone is an area of one member; Act 380/2023), or
    outcome "aland" with te_office AMS_ALAND (the act does not apply on Åland; Act 1144/1991 § 18).
    A merged municipality is answered as the one it joined (`merged_into`). `period` (the trial
    period) is not needed. Raises DateNotCovered(EMPLOYMENT_AREAS_FROM) for an earlier `on`, then
    MissingAnswer / InvalidAnswer like assess_eligibility.
    """
    if regime(on) != EMPLOYMENT_AREAS:
        raise DateNotCovered(EMPLOYMENT_AREAS_FROM)
    ask = _asker(answers, NOW_QUESTIONS)
    place = ask("municipality")
    return _served_now(_context(period, on, (place,)), place, mainland="employment_area", aland="aland")


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
