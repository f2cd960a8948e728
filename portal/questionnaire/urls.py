"""URLs of every questionnaire in the registry: /<flow>/ start, /<flow>/<question>/, /<flow>/result/.

Names: portal:<flow>_start, portal:<flow>_question (argument: the question key), portal:<flow>_result.
"""

from django.urls import path

from . import views
from .registry import QUESTIONNAIRES


def flow_urls(flow):
    return [
        path(f"{flow.slug}/", views.start, {"flow": flow}, name=f"{flow.slug}_start"),
        # Before the question pattern: "result" is not a question.
        path(f"{flow.slug}/result/", views.result, {"flow": flow}, name=f"{flow.slug}_result"),
        path(f"{flow.slug}/<slug:key>/", views.question, {"flow": flow}, name=f"{flow.slug}_question"),
    ]


urlpatterns = [pattern for flow in QUESTIONNAIRES for pattern in flow_urls(flow)]
