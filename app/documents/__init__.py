"""Signed documents: templates, the PDF pack (ReportLab), signatures and the PAdES seal."""
