// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "OutcomePage.h"
#include "ValuesPage.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportPreset.h"
#include "import/ValueParser.h"
#include "store/NameDirectory.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guardrail {
namespace {
constexpr int kPreviewRows = 8;
const QString kNotImported = QStringLiteral("(not imported)");
const QString kByName = QStringLiteral("None: columns named as in the native format");
} // namespace

ImportWizard::ImportWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(SourcePage, createSourcePage());
    setPage(MappingPage, createMappingPage());
    m_outcomePage = new OutcomePage(this);
    setPage(StagePage, m_outcomePage);
    m_valuesPage = new ValuesPage(this);
    setPage(ValueStepPage, m_valuesPage);
    setPage(CheckPage, createCheckPage());
    resize(820, 600);
}

QWizardPage *ImportWizard::createSourcePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("A CSV file in one of Guardrail's formats, or a CRM export."));
    auto *form = new QFormLayout(page);

    m_path = new QLineEdit(page);
    m_path->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import CSV"), m_path->text(),
            tr("CSV files or Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), page); // a row of a layout gets no buddy itself
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);

    m_kind = new QComboBox(page);
    for (ImportKind kind :
         {ImportKind::Leads, ImportKind::Spend, ImportKind::Revenue, ImportKind::GrossProfit,
          ImportKind::Awareness, ImportKind::Targets, ImportKind::Fx})
        m_kind->addItem(importKindName(kind));
    m_kind->setAccessibleName(tr("What the file holds"));
    form->addRow(tr("It &holds:"), m_kind);

    m_preset = new QComboBox(page);
    m_preset->addItem(kByName);
    for (const ImportPreset &p : ImportPreset::all()) { // what it reads, not its CLI name
        m_preset->addItem(p.summary.section(QStringLiteral(" ("), 0, 0), p.name);
        m_preset->setItemData(m_preset->count() - 1,
                              tr("%1\nOn the command line: --preset %2").arg(p.summary, p.name),
                              Qt::ToolTipRole);
    }
    m_preset->setAccessibleName(tr("CRM preset"));
    form->addRow(tr("CRM &preset:"), m_preset);

    m_dateFormat = new QComboBox(page);
    for (const QString &f : ValueParser::knownDateFormats())
        m_dateFormat->addItem(f);
    m_dateFormat->setAccessibleName(tr("Date layout"));
    form->addRow(tr("&Dates are:"), m_dateFormat);

    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("UTF-8 (or UTF-16 with a byte-order mark)"), QString());
    m_encoding->addItem(tr("Windows-1252 (Excel and older CRMs on Windows)"),
                        QStringLiteral("windows-1252"));
    m_encoding->addItem(tr("Latin-1 (ISO 8859-1)"), QStringLiteral("latin-1"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    form->addRow(tr("&Text is:"), m_encoding);
    m_decimalComma = new QCheckBox(tr("Amounts use a decimal &comma (1.200,50)"), page);
    form->addRow(QString(), m_decimalComma);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (const auto preset = ImportPreset::find(m_preset->itemData(index).toString())) {
            m_kind->setCurrentText(importKindName(preset->kind));
            m_dateFormat->setCurrentText(preset->dateFormat.isEmpty() ? QStringLiteral("YYYY-MM-DD")
                                                                      : preset->dateFormat);
        }
    });
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Map the columns"));
    page->setSubTitle(tr("Which column of the file fills each field. Guessed from the names, and "
                         "remembered for files with the same columns. * is required."));
    auto *layout = new QVBoxLayout(page);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setMaximumHeight(190);
    layout->addWidget(m_preview);
    auto *scroll = new QScrollArea(page);
    auto *form = new QWidget(scroll);
    m_mappingForm = new QFormLayout(form);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row was checked; nothing has been written yet."));
    auto *layout = new QVBoxLayout(page);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setWordWrap(true);
    layout->addWidget(m_checkSummary);
    m_problems = new QPlainTextEdit(page);
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems found"));
    layout->addWidget(m_problems, 1);
    m_skipBadRows = new QCheckBox(page);
    layout->addWidget(m_skipBadRows);
    return page;
}

void ImportWizard::setFile(const QString &path, ImportKind kind, const QString &preset)
{
    m_path->setText(path);
    m_kind->setCurrentText(importKindName(kind));
    const int index = m_preset->findData(preset);
    m_preset->setCurrentIndex(index < 0 ? 0 : index);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case SourcePage:
        return MappingPage;
    case MappingPage:
        return readsOutcomes() ? StagePage : readsNames() ? ValueStepPage : CheckPage;
    case StagePage:
        return readsNames() ? ValueStepPage : CheckPage;
    case ValueStepPage:
        return CheckPage;
    default:
        return -1;
    }
}

bool ImportWizard::mapsTarget(const QStringList &targets) const
{
    if (m_kind->currentText() != importKindName(ImportKind::Leads))
        return false;
    for (const auto &[target, combo] : m_targets)
        if (targets.contains(target) && combo->currentIndex() > 0)
            return true;
    return false;
}

bool ImportWizard::readsOutcomes() const
{
    return mapsTarget(
        {QStringLiteral("outcome"), QStringLiteral("is_won"), QStringLiteral("is_closed")});
}

bool ImportWizard::readsNames() const
{
    return mapsTarget(
        {QStringLiteral("channel"), QStringLiteral("segment"), QStringLiteral("owner")});
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        loadPreview();
    if (id == ValueStepPage) {
        // The values as the file writes them, before any mapping of the user's.
        ImportOptions o = options(true);
        o.valueMaps.clear();
        o.tallySourceValues = true;
        const ImportResult read = runWithProgress(o, tr("Reading the channels and owners…"));
        QMap<QString, QStringList> known;
        for (const QString &column :
             {QStringLiteral("channel"), QStringLiteral("segment"), QStringLiteral("owner")})
            known.insert(column, NameDirectory::names(m_db, column));
        m_valuesPage->showValues(
            read.quality.sourceValues, known,
            QSettings().value(QStringLiteral("importValues/") + layoutKey()).toStringList());
    }
    if (id == StagePage) {
        // What the rules read each label as, before any choice of the user's.
        ImportOptions o = options(true);
        o.outcomeMap.clear();
        const ImportResult read = runWithProgress(o, tr("Reading the stage labels…"));
        m_outcomePage->showLabels(
            read.quality.labels,
            QSettings().value(QStringLiteral("importOutcomes/") + layoutKey()).toString());
    }
    if (id == CheckPage) {
        m_check = runWithProgress(options(true), tr("Checking the file…"));
        const QString file = QFileInfo(m_path->text()).fileName();
        if (m_check.cancelled)
            m_checkSummary->setText(tr("The check was cancelled."));
        else if (m_check.errorCount == 0)
            m_checkSummary->setText(
                tr("%1 is ready: %2 new rows, %3 updates.")
                    .arg(file)
                    .arg(m_check.inserted)
                    .arg(m_check.updated) +
                (options(true).kind == ImportKind::Leads
                     ? QLatin1Char('\n') +
                           m_check.quality.summary(m_check.inserted + m_check.updated)
                     : QString()));
        else
            m_checkSummary->setText(
                (m_check.errorCount == 1
                     ? tr("%1 has 1 problem. As it is, nothing would be imported.")
                     : tr("%1 has %2 problems. As it is, nothing would be imported.")
                           .arg(QStringLiteral("%1"), QLocale().toString(m_check.errorCount)))
                    .arg(file));
        QStringList lines = m_check.warnings + m_check.errors;
        if (m_check.errorCount > m_check.errors.size())
            lines << tr("… and %1 more").arg(m_check.errorCount - m_check.errors.size());
        m_problems->setPlainText(lines.join(QLatin1Char('\n')));
        m_skipBadRows->setText(tr("Import the good rows; write the rejected ones with their "
                                  "reasons to %1.rejected.csv")
                                   .arg(QFileInfo(m_path->text()).completeBaseName()));
        m_skipBadRows->setEnabled(m_check.errorCount > 0);
        m_skipBadRows->setVisible(m_check.errorCount > 0);
    }
}

void ImportWizard::loadPreview()
{
    CsvReader reader(m_path->text());
    if (const auto encoding = Utf8Transcoder::fromName(m_encoding->currentData().toString());
        encoding && !m_encoding->currentData().toString().isEmpty())
        reader.setEncoding(*encoding);
    m_header.clear();
    m_preview->clear();
    if (!reader.open() || !reader.next(m_header)) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(1);
        m_preview->setHorizontalHeaderLabels(
            {reader.error().isEmpty() ? tr("The file is empty") : reader.error()});
        return;
    }
    m_preview->setColumnCount(static_cast<int>(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    QStringList fields;
    int row = 0;
    while (row < kPreviewRows && reader.next(fields)) {
        m_preview->setRowCount(row + 1);
        for (int c = 0; c < fields.size() && c < m_header.size(); ++c)
            m_preview->setItem(row, c, new QTableWidgetItem(fields[c]));
        ++row;
    }
    m_preview->resizeColumnsToContents();

    // Default sources: the mapping remembered for this layout, else the preset's, else names.
    ColumnMapping guess;
    if (const auto preset = ImportPreset::find(m_preset->currentData().toString()))
        preset->applyTo(guess);
    const QString remembered =
        QSettings().value(QStringLiteral("importMappings/") + layoutKey()).toString();
    if (!remembered.isEmpty())
        guess.parse(remembered);
    const auto kind = *importKindFromName(m_kind->currentText());
    const QStringList targets = importTargets(kind), required = importRequired(kind);
    guess.resolve(m_header, targets);

    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_targets.clear();
    for (const QString &target : targets) {
        auto *combo = new QComboBox;
        combo->addItem(kNotImported);
        combo->addItems(m_header);
        combo->setAccessibleName(tr("Source column for %1").arg(target));
        const int column = guess.column(target);
        combo->setCurrentIndex(column < 0 ? 0 : column + 1);
        // "created_at" reads "Created at"; the stored name stays in the tooltip for --map.
        QString label = target;
        label.replace(QLatin1Char('_'), QLatin1Char(' '));
        label[0] = label[0].toUpper();
        auto *name = new QLabel(required.contains(target) ? tr("%1 (required):").arg(label)
                                                          : tr("%1:").arg(label));
        name->setToolTip(tr("Column %1 (--map %1=SOURCE)").arg(target));
        name->setBuddy(combo);
        m_mappingForm->addRow(name, combo);
        m_targets.append({target, combo});
    }
}

QString ImportWizard::mapping() const
{
    QStringList pairs;
    for (const auto &[target, combo] : m_targets) {
        if (combo->currentIndex() <= 0)
            continue;
        const QString source = combo->currentText();
        pairs << target + QLatin1Char('=') +
                     (source.contains(QLatin1Char(','))
                          ? QLatin1Char('"') + source + QLatin1Char('"')
                          : source);
    }
    return pairs.join(QLatin1Char(','));
}

void ImportWizard::mapColumn(const QString &target, const QString &source)
{
    for (const auto &[name, combo] : std::as_const(m_targets))
        if (name == target)
            combo->setCurrentIndex(source.isEmpty() ? 0 : combo->findText(source));
}

void ImportWizard::setSkipBadRows(bool skip)
{
    m_skipBadRows->setChecked(skip);
}

QString ImportWizard::layoutKey() const
{
    QStringList names;
    for (const QString &h : m_header)
        names << ColumnMapping::normalise(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(QLatin1Char('\t')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions o;
    o.kind = *importKindFromName(m_kind->currentText());
    // The preset brings its footer handling; the explicit pairs replace its columns.
    o.preset = m_preset->currentData().toString();
    o.mapping = mapping();
    o.dateFormat = m_dateFormat->currentText();
    o.encoding = m_encoding->currentData().toString();
    o.decimalComma = m_decimalComma->isChecked();
    if (readsOutcomes())
        o.outcomeMap = m_outcomePage->outcomeMap();
    if (readsNames())
        o.valueMaps = m_valuesPage->valueMaps();
    o.dryRun = dryRun;
    o.skipBadRows = m_skipBadRows->isChecked();
    return o;
}

ImportResult ImportWizard::runWithProgress(const ImportOptions &o, const QString &title)
{
    QProgressDialog progress(title, tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The import runs on this thread, on the window's own connection (a QSqlDatabase is bound to
    // its thread); the dialog repaints and takes the Cancel click between batches of rows.
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    try {
        return ImportJob(m_db, m_path->text(), o).run(report);
    } catch (const StoreError &e) {
        ImportResult failed;
        failed.errors << e.message();
        failed.errorCount = 1;
        return failed;
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == SourcePage && !QFileInfo(m_path->text()).isFile()) {
        QMessageBox::warning(this, tr("Import CSV"),
                             tr("There is no file at %1.").arg(m_path->text()));
        return false;
    }
    if (currentId() != CheckPage)
        return true;
    if (m_check.errorCount > 0 && !m_skipBadRows->isChecked()) {
        QMessageBox::information(this, tr("Import CSV"),
                                 tr("Fix the file and go back, or tick the box to import the good "
                                    "rows only."));
        return false;
    }
    m_result = runWithProgress(options(false), tr("Importing…"));
    if (m_result.cancelled) {
        QMessageBox::information(this, tr("Import cancelled"),
                                 tr("The import was cancelled; nothing was written."));
        return false;
    }
    if (!m_result.written) {
        QMessageBox::warning(this, tr("Nothing was imported"),
                             m_result.errors.mid(0, 12).join(QLatin1Char('\n')));
        return false;
    }
    QSettings().setValue(QStringLiteral("importMappings/") + layoutKey(), mapping());
    if (readsOutcomes())
        QSettings().setValue(QStringLiteral("importOutcomes/") + layoutKey(),
                             m_outcomePage->outcomeMap());
    if (readsNames())
        QSettings().setValue(QStringLiteral("importValues/") + layoutKey(),
                             m_valuesPage->valueMaps());
    return true;
}

} // namespace guardrail
