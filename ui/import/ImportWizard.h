// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportJob.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace guardrail {

class Database;
class OutcomePage;
class ValuesPage;

/**
 * File > Import: choose a file and what it holds (or a CRM preset), preview its first rows,
 * map its columns (guessed, and remembered per file layout), check it without writing, then
 * import it with a progress dialog whose Cancel rolls everything back.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ImportWizard(Database &db, QWidget *parent = nullptr);

    /** Pre-fills the first page (tests, drag and drop). */
    void setFile(const QString &path, ImportKind kind, const QString &preset = {});
    /** The mapping the second page holds, as `target=source` pairs. */
    QString mapping() const;
    /** Sets one target's source column on the mapping page (tests). */
    void mapColumn(const QString &target, const QString &source);
    void setSkipBadRows(bool skip);
    /** The stage step (tests assign labels through it). */
    OutcomePage *outcomePage() const { return m_outcomePage; }
    /** The value step (tests map values through it). */
    ValuesPage *valuesPage() const { return m_valuesPage; }

    /** The outcome of the import, once the wizard was accepted. */
    const ImportResult &result() const { return m_result; }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    int nextId() const override;

private:
    enum Page { SourcePage, MappingPage, StagePage, ValueStepPage, CheckPage };

    QWizardPage *createSourcePage();
    QWizardPage *createMappingPage();
    QWizardPage *createCheckPage();
    void loadPreview();
    ImportOptions options(bool dryRun) const;
    ImportResult runWithProgress(const ImportOptions &options, const QString &title);
    QString layoutKey() const;
    /** A leads file whose mapping reads a stage label or the CRM's flags. */
    bool readsOutcomes() const;
    /** A leads file whose mapping reads a channel, segment or owner. */
    bool readsNames() const;
    bool mapsTarget(const QStringList &targets) const;

    Database &m_db;
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    OutcomePage *m_outcomePage = nullptr;
    ValuesPage *m_valuesPage = nullptr;
    QTableWidget *m_preview = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QList<QPair<QString, QComboBox *>> m_targets;
    QStringList m_header;
    QLabel *m_checkSummary = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    ImportResult m_check;
    ImportResult m_result;
};

} // namespace guardrail
