/**
 * The bundle-size reference: a bare React 18 + Fluent UI v9 page with a dozen components,
 * built in the same benchmark run as the task pane (bench/webpack.reference.js).
 */
import { createRoot } from 'react-dom/client';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  Textarea,
  webLightTheme,
} from '@fluentui/react-components';

function Reference() {
  return (
    <FluentProvider theme={webLightTheme}>
      <TabList defaultSelectedValue="a">
        <Tab value="a">A</Tab>
        <Tab value="b">B</Tab>
      </TabList>
      <Field label="Tên">
        <Input />
      </Field>
      <Textarea />
      <Checkbox label="Chọn" />
      <Button appearance="primary">Nút</Button>
      <Badge>1</Badge>
      <ProgressBar value={0.5} />
      <Spinner />
      <MessageBar>
        <MessageBarBody>Thông báo</MessageBarBody>
      </MessageBar>
      <Accordion>
        <AccordionItem value="1">
          <AccordionHeader>Mục</AccordionHeader>
          <AccordionPanel>
            <Text>Nội dung</Text>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Reference />);
