"""Advisor Desk core: Qt-free domain, store, services, documents and sync."""
