"""Signed documents: templates, the PDF pack (ReportLab), signatures and the PAdES seal."""

from app.documents import offline

# Before anything here loads pyHanko: sealing and verifying never touch the network.
offline.install()
