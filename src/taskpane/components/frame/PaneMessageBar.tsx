import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../store/pane-store';

const useStyles = makeStyles({
  line: { margin: `${tokens.spacingVerticalXXS} 0 0 0` },
});

/** The outcome of the last step in a Fluent message bar: what happened, then what it means or what to do. */
export function PaneMessageBar() {
  const styles = useStyles();
  const { state, dispatch, strings } = usePane();
  const message = state.message;
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.lines.map((line, i) => (
          <p key={i} className={styles.line}>
            {line}
          </p>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={() => dispatch({ type: 'messageDismissed' })}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
