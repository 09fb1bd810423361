package uk.secondopinion.engine.recognise;

import java.util.List;

import uk.secondopinion.engine.text.AnalysedText;

/** Finds one kind of thing in a draft and adds a hit for each place it is found. */
public interface Recognizer {

	void recognise(AnalysedText text, List<Hit> hits);

}
