"""The two questionnaires on the web: a generic engine (engine, forms, views) and flow declarations."""
