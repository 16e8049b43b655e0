"""Advisor Desk head-office sync service (FastAPI + SQLAlchemy).

The wire protocol is ``server/PROTOCOL.md``. Request handling is stateless: everything lives
in the database (SQLite in the data folder, or PostgreSQL), so several instances can serve
one PostgreSQL database.
"""
