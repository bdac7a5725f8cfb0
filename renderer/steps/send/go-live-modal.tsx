import { BannerSlim, Button, Flex, Modal, Text } from 'gestalt';
import { formatCount, plural } from '../../components/format';
import type { ChosenAccount, Evaluation, TestRun } from '../../wizard/wizard-state';
import { OverlayLayer } from '../../components/overlay-layer';

interface Props {
  account: ChosenAccount;
  fileName: string;
  evaluation?: Evaluation;
  testRun?: TestRun;
  retry: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}

function TestRunLine({ testRun }: { testRun?: TestRun }) {
  if (!testRun) return <BannerSlim type="warning" iconAccessibilityLabel="Warning" message="No test run was made for this file. A test first shows Pinterest's answer without recording anything." />;
  if (testRun.passed) return <BannerSlim type="success" iconAccessibilityLabel="Passed" message={`The test run passed: Pinterest accepted ${plural(testRun.sent, 'event')}.`} />;
  return <BannerSlim type="error" iconAccessibilityLabel="Problems" message={`The test run found problems in ${plural(testRun.problems, 'row')}. Those rows will fail again unless you fix them.`} />;
}

function WhatHappens({ account, fileName, evaluation, retry }: Pick<Props, 'account' | 'fileName' | 'evaluation' | 'retry'>) {
  return (
    <div data-testid="go-live-summary">
      <Flex direction="column" gap={2}>
        <Text>
          Ad account: <Text inline weight="bold">{account.name}</Text> (id {account.id})
        </Text>
        <Text>
          File: <Text inline weight="bold">{fileName}</Text>
        </Text>
        {retry ? <Text>Only the rows that failed in the last run are sent again.</Text> : null}
        {evaluation ? (
          <Text>
            {formatCount(evaluation.valid)} events will be sent; {formatCount(evaluation.invalid)} rows with errors are skipped
            {evaluation.duplicates > 0 ? `; ${formatCount(evaluation.duplicates)} duplicates are sent once` : ''}.
          </Text>
        ) : (
          <Text>Every valid row is sent; rows with errors are skipped and listed in the report.</Text>
        )}
      </Flex>
    </div>
  );
}

/** The only way to send live: says exactly what will happen, for which account, before it happens. */
export function GoLiveModal({ account, fileName, evaluation, testRun, retry, onConfirm, onDismiss }: Props) {
  return (
    <OverlayLayer>
      <Modal
        accessibilityModalLabel="Send live to Pinterest?"
        heading="Send live to Pinterest?"
        role="alertdialog"
        size="md"
        onDismiss={onDismiss}
        footer={
          <Flex justifyContent="end" gap={2}>
            <Button text="Not yet" onClick={onDismiss} />
            <Button color="red" text="Send live now" onClick={onConfirm} />
          </Flex>
        }
      >
        <Flex direction="column" gap={3}>
          <WhatHappens account={account} fileName={fileName} evaluation={evaluation} retry={retry} />
          <TestRunLine testRun={testRun} />
          <Text size="200" color="subtle">
            Pinterest cannot undo or de-duplicate offline conversions: rows already sent by this app are skipped automatically.
          </Text>
        </Flex>
      </Modal>
    </OverlayLayer>
  );
}
