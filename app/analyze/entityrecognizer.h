#pragma once

#include "analyze/analysis.h"

namespace Attache {

class Gazetteer;
class NerModel;

// Finds people, organisations, countries and places, and nationalities in cleaned text and links
// every mention to one entity. Reentrant and thread-safe after construction; the knowledge it
// needs (Gazetteer::instance()) is loaded once per process, on first construction, so constructing
// a recognizer is cheap after that. Linear in the text's length.
class EntityRecognizer final
{
public:
    EntityRecognizer();
    explicit EntityRecognizer(const Gazetteer &gazetteer);
    EntityRecognizer(const Gazetteer &gazetteer, const NerModel &model);

    // `language` (a BCP 47 tag; empty for English) chooses the tagger's model when the
    // recognizer was not given one (NerTagger::modelForLanguage).
    QList<EntityMention> recognize(const QString &text, QStringView language = {}) const;

private:
    const Gazetteer *m_gazetteer;
    const NerModel *m_model; // null: the model for the text's language
};

} // namespace Attache
