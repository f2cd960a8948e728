"""The questionnaires: one module per flow, each defining `FLOW` (engine.Flow).

registry.py imports every module here, so adding a questionnaire adds a module and nothing else
in this package (docs/adding-a-questionnaire.md).
"""
