"""The reports the membership asks for (gender, participation): their figures, summed from
the events' snapshots, laid out as tables and charts for the page and as a PDF."""
